package templates

import (
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

// fx7qCharter assembles the example charter with set applied, in both
// languages, with plain spaces.
func fx7qCharter(t *testing.T, set map[string]any) [2]string {
	t.Helper()
	k, _ := Lookup("charter")
	var out [2]string
	for li, l := range textfmt.All {
		vals := k.Examples()
		for key, v := range set {
			if v == nil {
				delete(vals, key)
				continue
			}
			vals[key] = v
		}
		out[li] = fxNorm(assembledText(t, k, vals, l))
	}
	return out
}

func fx7qExpectCharter(t *testing.T, what string, set map[string]any, want bool, phrases ...[2]string) {
	t.Helper()
	text := fx7qCharter(t, set)
	for li := range text {
		for _, p := range phrases {
			if strings.Contains(text[li], p[li]) != want {
				t.Errorf("%s, lang %d: %q printed=%v, want %v", what, li, p[li], !want, want)
			}
		}
	}
}

// RQ3-1: a forge whose terms hold no data processing agreement hosts the
// content all the same; neither document may say that every host is under
// an Article 28 contract, and both say who answers for choosing it.
func TestFx7qForgeWithoutProcessingAgreement(t *testing.T) {
	choice := [2]string{"answer for the choice of that service to host the content of the Commons, which shall be made for the guarantees that its published terms and practices offer, and for the security of that content (GDPR, Articles 28(1) and 32)", "répondent du choix de ce service pour héberger les contenus du Commun, qui se fait au regard des garanties qu’offrent ses conditions et ses pratiques publiées, et de la sécurité de ces contenus (RGPD, articles 28, paragraphe 1, et 32)"}
	contracted := [2]string{"The service providers with which the joint controllers have contracted to host the tools of the Commons process data only on their behalf", "Les prestataires avec lesquels les responsables du traitement ont contracté pour héberger les outils du Commun ne traitent les données que pour leur compte"}
	old := [2]string{"The service providers that host the tools of the Commons process data", "Les prestataires qui hébergent les outils du Commun"}
	fx7qExpectCharter(t, "charter", map[string]any{"legal.vehicle": "de-facto-association"}, true, choice, contracted)
	fx7qExpectCharter(t, "charter", map[string]any{"legal.vehicle": "de-facto-association"}, false, old)

	noDPA := [2]string{"That operator’s terms include no data processing agreement under which it would host the content of the repository on behalf of the Project (GDPR, Article 28(3)):", "Les conditions de cet exploitant ne comprennent aucun accord de traitement des données par lequel il hébergerait le contenu du dépôt pour le compte du Projet (RGPD, article 28, paragraphe 3) :"}
	answers := [2]string{"for the choice of that forge to host it, which shall be made for the guarantees that its published terms and practices offer, and for the security of that content (GDPR, Articles 28(1) and 32). The transfers that the operator makes are its own", "du choix de cette forge pour l’héberger, qui se fait au regard des garanties qu’offrent ses conditions et ses pratiques publiées, et de la sécurité de ce contenu (RGPD, articles 28, paragraphe 1, et 32). Les transferts qu’opère l’exploitant sont les siens"}
	notOnBehalf := [2]string{"That operator does not act on behalf of the Project: the transfers", "Cet exploitant n’agit pas pour le compte du Projet : les transferts"}
	shared := map[string]any{"project.repository_url": "https://gitlab.com/a/b", "privacy.forge_operator": "GitLab Inc.", "privacy.transfer": "eea", "privacy.forge_dpa": false}
	expect(t, "shared forge, no DPA", shared, policyExamples(), true, noDPA, answers)
	expect(t, "shared forge, no DPA", shared, policyExamples(), false, notOnBehalf)
	withDPA := map[string]any{"project.repository_url": "https://gitlab.com/a/b", "privacy.forge_operator": "GitLab Inc.", "privacy.transfer": "eea", "privacy.forge_dpa": true}
	expect(t, "shared forge, DPA", withDPA, policyExamples(), false, noDPA, answers)
	private := map[string]any{"project.repository_url": "https://forge.sentiers-en-commun.example/a/b", "privacy.forge_operator": "Hébergeur SARL", "privacy.transfer": "eea"}
	expect(t, "private forge", private, policyExamples(), false, noDPA, answers)
}

// fx7qRestricted runs check on the given clause of the policy, linked and
// not, with and without a dedicated address for restricted data.
func fx7qRestricted(t *testing.T, id string, check func(what string, li int, own bool, text string)) {
	t.Helper()
	for _, linked := range []bool{false, true} {
		for _, own := range []bool{false, true} {
			for li, l := range textfmt.All {
				charterSet := map[string]any{"commons.resources": []string{"data", "content"}, "licences.data": "ODbL-1.0", "commons.restricted_data": fx5qRestricted, "commons.restricted_contact": nil, "commons.restricted_key": nil}
				set := map[string]any{"contributions.types": []string{"data", "documentation"}, "project.restricted_data": fx5qRestricted, "project.restricted_contact": nil, "project.restricted_key": nil}
				if own {
					charterSet["commons.restricted_contact"], charterSet["commons.restricted_key"] = "sensibles@example.org", "https://example.org/sensibles.asc"
					set["project.restricted_contact"], set["project.restricted_key"] = "sensibles@example.org", "https://example.org/sensibles.asc"
				}
				what := "unlinked"
				if linked {
					what = "linked"
				}
				check(what, li, own, fx5qNorm(fxrdPolicy(t, linked, charterSet, set, l, id)))
			}
		}
	}
}

// RQ3-9: data that should have been sent confidentially and were
// published are reported to the dedicated address, where there is one,
// never to the security inbox.
func TestFx7qLeakedRestrictedDataOneChannel(t *testing.T) {
	dedicated := [2]string{"or any data that should have been submitted only confidentially (Article 4.4), the latter to <sensibles@example.org> alone and not to the address for vulnerabilities, without repeating them", "ou toute donnée qui n'aurait dû être soumise que de façon confidentielle (article 4.4), cette dernière à la seule adresse <sensibles@example.org> et non à l'adresse des vulnérabilités, sans la reproduire"}
	fallback := [2]string{"or any data that should have been submitted only confidentially (Article 4.4), without repeating them", "ou toute donnée qui n'aurait dû être soumise que de façon confidentielle (article 4.4), sans la reproduire"}
	fx7qRestricted(t, "security-reporting", func(what string, li int, own bool, text string) {
		if strings.Contains(text, dedicated[li]) != own || strings.Contains(text, fallback[li]) == own {
			t.Errorf("%s own=%v lang %d: leaks channel wrong:\n%s", what, own, li, text)
		}
	})
	for li, l := range textfmt.All {
		k, _ := Lookup("contribution")
		text := fx5qNorm(fxNorm(plainSpaces(clauseWith(t, k, k.Examples(), map[string]any{"project.restricted_data": nil}, l, "security-reporting"))))
		if strings.Contains(text, "4.4") || strings.Contains(text, dedicated[li][:40]) {
			t.Errorf("no restricted data, %s: the report still mentions them", l)
		}
	}
}

// RQ3-10: a photograph, recording or trace submitted publicly shall not
// reveal restricted data through its metadata.
func TestFx7qStripPositionMetadata(t *testing.T) {
	strip := [2]string{"A photograph, a sound recording or a location trace that you submit publicly shall not reveal these data through its metadata either: before submitting such a file, remove from it the position that the device recorded, such as its GPS coordinates, and give the precise place only at the confidential address given above.", "Une photographie, un enregistrement sonore ou une trace de localisation que vous soumettez publiquement ne doit pas davantage révéler ces données par ses métadonnées : avant de soumettre un tel fichier, retirez-en la position qu'a enregistrée l'appareil, telle que ses coordonnées GPS, et ne donnez le lieu précis qu'à l'adresse confidentielle indiquée ci-dessus."}
	fx7qRestricted(t, "contributions-data", func(what string, li int, own bool, text string) {
		if !strings.Contains(text, strip[li]) {
			t.Errorf("%s own=%v lang %d: no metadata rule", what, own, li)
		}
	})
	expect(t, "no restricted data", map[string]any{"project.restricted_data": nil}, policyExamples(), false, [2]string{"shall not reveal these data through its metadata", "révéler ces données par ses métadonnées"})
}

// RQ3-2: the confidential channel for restricted data has a purpose, a
// legal basis and a retention period, in the charter and in the policy.
func TestFx7qRestrictedDataPurpose(t *testing.T) {
	charterBullet := [2]string{"the data whose publication is restricted under Article 9.2, with the identity of the person who sent them, to check them before any record drawn from them is published and to publish them only in a form that does not reveal what the restriction protects, in the legitimate interest of the Members in the accuracy of the Resources and in the protection of what those data describe (Article 6(1)(f)); they are accessible only to the persons designated under that article and are kept for the period set in Article 14.4;", "les données dont la publication est restreinte en application de l’article 9.2, avec l’identité de la personne qui les a transmises, pour les vérifier avant la publication de tout enregistrement qui en est tiré et ne les publier que sous une forme qui ne révèle pas ce que cette restriction protège, sur le fondement de l’intérêt légitime des Membres à l’exactitude des Ressources et à la protection de ce que décrivent ces données (article 6, paragraphe 1, point f) ; seules y ont accès les personnes désignées en application de cet article, et elles sont conservées pendant la durée que fixe l’article 14.4 ;"}
	base := map[string]any{"legal.vehicle": "de-facto-association", "commons.resources": []string{"data", "content"}, "licences.data": "ODbL-1.0", "commons.restricted_data": fx5qRestricted}
	fx7qExpectCharter(t, "charter, restricted data", base, true, charterBullet)
	base["commons.restricted_data"] = nil
	fx7qExpectCharter(t, "charter, no restricted data", base, false, [2]string{"the data whose publication is restricted under", "les données dont la publication est restreinte en application"})

	purpose := [2]string{"the data whose publication is restricted that you send confidentially as provided in Article 4.4, with your identity and the address from which you send them, to check them before any record drawn from them is published", "les données dont la publication est restreinte que vous adressez de façon confidentielle comme le prévoit l'article 4.4, avec votre identité et l'adresse d'où vous les envoyez, pour les vérifier avant la publication de tout enregistrement qui en est tiré"}
	basis := [2]string{"in the accuracy of the data of the Project and in the protection of what those data describe (", "à l'exactitude des données du Projet et à la protection de ce que décrivent ces données ("}
	linkedKept := [2]string{"they are kept with access limited to the Maintainers who check such data, for the period set in Article 14.4 of the Charter.", "elles sont conservées, seuls les Mainteneurs chargés de vérifier ces données y ayant accès, pendant la durée que fixe l'article 14.4 de la Charte."}
	ownKept := [2]string{"they are kept with access limited to the Maintainers who check such data, for as long as a record drawn from them remains in the data of the Project or, if none does, for no more than one (1) year after they have been checked.", "elles sont conservées, seuls les Mainteneurs chargés de vérifier ces données y ayant accès, tant qu'un enregistrement qui en est tiré figure dans les données du Projet ou, à défaut, au plus un (1) an après leur vérification."}
	fx7qRestricted(t, "personal-data-controller", func(what string, li int, own bool, text string) {
		kept := ownKept
		if what == "linked" {
			kept = linkedKept
		}
		for _, p := range [][2]string{purpose, basis, kept} {
			if !strings.Contains(text, p[li]) {
				t.Errorf("%s own=%v lang %d: missing %q", what, own, li, p[li])
			}
		}
	})
	expect(t, "no restricted data", map[string]any{"project.restricted_data": nil}, policyExamples(), false, [2]string{"the data whose publication is restricted that you send", "les données dont la publication est restreinte que vous adressez"})
}

// RQ3-11: the accommodation request is health data: explicit consent,
// no disclosure, destroyed when the accommodation ends, and the public
// mention names neither the tool nor the reason.
func TestFx7qAccommodationHealthData(t *testing.T) {
	mention := [2]string{"that you used a writing aid authorised under Article", "que vous avez employé une aide technique autorisée en application de l'article"}
	basis := [2]string{"Your request and the information on your health that it contains are read only by the Maintainers who handle it and are processed only to decide on the accommodation and apply it, with your explicit consent, which you may withdraw at any time (GDPR, Article 9(2)(a)); they are disclosed to no one else and are destroyed as soon as the accommodation ends.", "Votre demande et les informations sur votre santé qu'elle contient ne sont lues que par les Mainteneurs qui la traitent et ne sont traitées que pour décider de l'aménagement et le mettre en œuvre, avec votre consentement explicite, que vous pouvez retirer à tout moment (RGPD, article 9, paragraphe 2, point a) ; elles ne sont communiquées à personne d'autre et sont détruites dès que l'aménagement prend fin."}
	old := [2]string{"you then mention the tool", "vous mentionnez alors l'outil"}
	for li, l := range textfmt.All {
		body := fx5qNorm(fxrdPolicy(t, false, nil, map[string]any{"ai_contributions": "ban"}, l, "ai-ban"))
		if !strings.Contains(body, mention[li]) || !strings.Contains(body, basis[li]) || strings.Contains(body, old[li]) {
			t.Errorf("%s: accommodation:\n%s", l, body)
		}
	}
}

// RQ3-3: the scope cannot override the rule on restricted data.
func TestFx7qScopeDefersToRestrictedData(t *testing.T) {
	defer_ := [2]string{"Whatever this scope says of their publication, the data whose publication is restricted, designated in Article", "Quoi que ce périmètre dise de leur publication, les données dont la publication est restreinte, que désigne l’article"}
	base := map[string]any{"commons.resources": []string{"data", "content"}, "licences.data": "ODbL-1.0", "commons.restricted_data": fx5qRestricted, "commons.scope": fx5qRestricted}
	fx7qExpectCharter(t, "restricted", base, true, defer_)
	base["commons.restricted_data"] = nil
	fx7qExpectCharter(t, "none restricted", base, false, defer_)
}

// RQ3-4: CSV and JSON cannot carry an SPDX header; their licence goes in
// a .license file or REUSE.toml, with the expression for ODbL data.
func TestFx7qDataFilesLicenceOutsideTheFile(t *testing.T) {
	csv := [2]string{"or a data file in a format that has no comments, such as CSV or JSON", "ou un fichier de données dans un format qui ne connaît pas les commentaires, tel que CSV ou JSON"}
	toml := [2]string{"or in the `REUSE.toml` file", "ou dans le fichier `REUSE.toml`"}
	odbl := [2]string{"`ODbL-1.0 AND LicenseRef-DbCL-1.0`", "`ODbL-1.0 AND LicenseRef-DbCL-1.0`"}
	fx7qExpectCharter(t, "charter data", map[string]any{"commons.resources": []string{"data", "content"}, "licences.data": "ODbL-1.0"}, true, csv, toml, odbl)
	fx7qExpectCharter(t, "charter software", map[string]any{"commons.resources": []string{"software"}}, true, toml)
	fx7qExpectCharter(t, "charter software", map[string]any{"commons.resources": []string{"software"}}, false, csv, odbl)
	expect(t, "policy data", map[string]any{"contributions.types": []string{"data", "documentation"}, "licences.data": "ODbL-1.0", "project.data": true}, policyExamples(), true, csv, toml, odbl)
	expect(t, "policy code", map[string]any{"contributions.types": []string{"code", "documentation"}, "project.data": false}, policyExamples(), true, toml)
	expect(t, "policy code", map[string]any{"contributions.types": []string{"code", "documentation"}, "project.data": false}, policyExamples(), false, csv, odbl)
}

// RQ3-5: producer rights acquired by a Maintainer who is not a Member,
// whom the charter does not bind, are licensed before the designation.
func TestFx7qNonMemberMaintainerProducerRights(t *testing.T) {
	cond := [2]string{"A person who is not a Member, and whom this Charter therefore does not bind, may be designated Maintainer only after agreeing in writing to make available under this licence the rights of the producer of a database of the Commons", "Une personne qui n’est pas Membre, et que la présente Charte ne lie donc pas, ne peut être désignée Mainteneur qu’après avoir accepté par écrit de mettre à disposition sous la présente licence les droits de producteur d’une base de données du Commun"}
	for _, v := range []string{"none", "de-facto-association"} {
		fx7qExpectCharter(t, v, map[string]any{"legal.vehicle": v, "commons.resources": []string{"data", "content"}, "licences.data": "ODbL-1.0"}, true, cond)
	}
	fx7qExpectCharter(t, "association", map[string]any{"legal.vehicle": "association", "commons.resources": []string{"data", "content"}, "licences.data": "ODbL-1.0"}, false, cond)
}

// RQ3-13: the agents' works rule cites L. 131-3-3, which extends it to
// local authorities and administrative public bodies (see also
// TestFxriPublicAgentsBothArticles).
// RQ3-7: the Conduct Committee, which handles reports and the special
// categories of data they may hold, is elected from adults only.
func TestFx7qConductCommitteeAdults(t *testing.T) {
	adults := [2]string{"from among the adult Members and Participants, at least one of whom", "parmi les Membres et les Participants majeurs, dont au moins un"}
	for _, v := range []string{"none", "de-facto-association", "association"} {
		fx7qExpectCharter(t, v, map[string]any{"legal.vehicle": v}, true, adults)
	}
}

// RQ3-16: working in one's own time does not by itself settle who holds
// the rights, and under French law an employee keeps the rights in works
// other than software.
func TestFx7qOwnTimeDoesNotSettle(t *testing.T) {
	own := [2]string{"Having worked on it in your own time or with your own means does not by itself settle this:", "Le fait d’y avoir travaillé sur votre temps personnel ou avec vos propres moyens ne règle pas à lui seul la question :"}
	keeps := [2]string{"whereas an employee keeps the rights in their other works, such as texts or photographs, unless they have assigned them in writing (Articles L. 111-1, third paragraph, and L. 131-3)", "alors qu’un salarié conserve les droits sur ses autres œuvres, telles que des textes ou des photographies, sauf s’il les a cédés par écrit (articles L. 111-1, alinéa 3, et L. 131-3)"}
	old := [2]string{"Whether you worked on it in your own time", "Il importe peu à cet égard"}
	expect(t, "FR law", map[string]any{"governing_law": "FR"}, policyExamples(), true, own, keeps)
	expect(t, "FR law", map[string]any{"governing_law": "FR"}, policyExamples(), false, old)
	expect(t, "BE law", map[string]any{"governing_law": "BE"}, policyExamples(), false, keeps)
}

// RQ3-15: a project without software is not asked for versions and steps
// to reproduce, nor promised a release to test.
func TestFx7qSecurityWithoutSoftware(t *testing.T) {
	soft := [2]string{"the versions affected, the steps that reproduce it", "les versions concernées, les étapes qui la reproduisent"}
	release := [2]string{"which you may test if you wish", "que vous pouvez tester si vous le souhaitez"}
	data := [2]string{"with a description of the vulnerability (for example a weakness of the accounts, of the infrastructure or of the scripts of the Project), how it can be exploited and, if you have one, a proposed fix.", "avec une description de la vulnérabilité (par exemple une faiblesse des comptes, de l’infrastructure ou des scripts du Projet), la façon de l’exploiter et, le cas échéant, une proposition de correction."}
	fixNow := [2]string{"correct it without delay;", "corrigent sans délai ;"}
	noSoftware := map[string]any{"contributions.types": []string{"data", "documentation"}, "project.software": false, "project.data": true}
	expect(t, "data only", noSoftware, policyExamples(), true, data, fixNow)
	expect(t, "data only", noSoftware, policyExamples(), false, soft, release)
	software := map[string]any{"contributions.types": []string{"code", "documentation"}}
	expect(t, "code", software, policyExamples(), true, soft, release)
	expect(t, "code", software, policyExamples(), false, data)
}

// RQ3-8: "duly taken", not the calque "regularly taken", in English.
func TestFx7qDulyTaken(t *testing.T) {
	for _, v := range []string{"none", "de-facto-association"} {
		text := fx7qCharter(t, map[string]any{"legal.vehicle": v})
		if strings.Contains(text[0], "regularly taken") || !strings.Contains(text[0], "a decision duly taken by those bodies") {
			t.Errorf("%s: 18.1 still reads 'regularly taken'", v)
		}
	}
}
