package templates

import (
	"maps"
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// policyText assembles the contribution policy from its example answers
// changed by set, in preview mode (answers a variant needs, such as an
// agreement's address, may be missing), and returns its clauses' bodies
// with non-breaking spaces made ordinary.
func policyText(t *testing.T, vals questionnaire.Values, set map[string]any, l textfmt.Lang) string {
	t.Helper()
	k, _ := Lookup("contribution")
	vals = maps.Clone(vals)
	for key, v := range set {
		vals[key] = v
	}
	return strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(assembledText(t, k, vals, l))
}

func policyExamples() questionnaire.Values {
	k, _ := Lookup("contribution")
	return k.Examples()
}

// expect checks that each phrase, given in both languages, is printed or
// not as want says.
func expect(t *testing.T, what string, set map[string]any, vals questionnaire.Values, want bool, phrases ...[2]string) {
	t.Helper()
	for li, l := range textfmt.All {
		text := policyText(t, vals, set, l)
		for _, p := range phrases {
			if strings.Contains(text, p[li]) != want {
				t.Errorf("%s, %s: %q printed=%v, want %v", what, l, p[li], !want, want)
			}
		}
	}
}

// A charter that lists data among the resources of its commons licenses
// them under its own data licence; the linked policy welcomes data and
// licenses them under that licence, even when the kinds of contributions
// ticked leave data out, never under the licence of documentation.
func TestLinkedPolicyLicensesDataAsTheCharterDoes(t *testing.T) {
	policy, _ := Lookup("contribution")
	charter, _ := Lookup("charter")
	for _, licence := range []string{"ODbL-1.0", "etalab-2.0", "CC0-1.0"} {
		for _, listed := range []bool{true, false} {
			chVals := charter.Examples()
			chVals["licences.data"] = licence
			chVals["commons.resources"] = []string{"software", "content"}
			if listed {
				chVals["commons.resources"] = []string{"software", "data", "content"}
			}
			chResolved := charter.Questionnaire.Resolve(chVals)
			vals := linkedExamples(policy)
			maps.Copy(vals, policy.Questionnaire.FromCharter(chResolved))
			vals.SetCharterAnswers(chResolved)
			vals["contributions.types"] = []string{"code", "documentation"}
			if got := policy.Questionnaire.Resolve(vals)["licences.data"]; listed && got != licence {
				t.Fatalf("%s listed=%v: the policy's data licence is %v", licence, listed, got)
			}
			for li, l := range textfmt.All {
				doc, err := policy.Assemble(vals, l, Preview)
				if err != nil {
					t.Fatal(err)
				}
				out, ok := doc.Clause("outbound")
				if !ok {
					t.Fatal("no outbound clause")
				}
				body := strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(out.Body)
				line := [2]string{"- **Data:** ", "- **Données :** "}[li]
				if got := strings.Contains(body, line) && strings.Contains(body, "`"+licence+"`"); got != listed {
					t.Errorf("%s %s listed=%v: data licensed under `%s` in the licences of the Project = %v:\n%s", l, licence, listed, licence, got, body)
				}
				_, data := doc.Clause("contributions-data")
				if data != listed {
					t.Errorf("%s %s listed=%v: article on contributing data present=%v", l, licence, listed, data)
				}
				types, _ := doc.Clause("contributions-types")
				if got := strings.Contains(strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(types.Body), [2]string{"- **Data:**", "- **Données :**"}[li]); got != listed {
					t.Errorf("%s %s listed=%v: data welcomed=%v", l, licence, listed, got)
				}
				if listed {
					c, _ := doc.Clause("contributions-data")
					cite := [2]string{" of the Charter sets for the data of the commons", " de la Charte pour les données du commun"}[li]
					if !strings.Contains(strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(c.Body), cite) {
						t.Errorf("%s %s: the article on data does not tie the licence to the charter's:\n%s", l, licence, c.Body)
					}
				}
			}
		}
	}
	// Without a charter, a project that says it publishes data gets the
	// data licence whatever kinds are ticked; one that does not, none.
	for _, publishes := range []bool{true, false} {
		set := map[string]any{"contributions.types": []string{"code"}, "project.data": publishes}
		expect(t, "unlinked, data published", set, policyExamples(), publishes,
			[2]string{"- **Data:** Open Database License 1.0", "- **Données :** Open Database License 1.0"},
			[2]string{"Contributing data means contributing records", "Contribuer des données, c’est soumettre des enregistrements"})
	}
}

// Supported versions read after an introduction that any answer follows.
func TestSecurityFixesListTheSupportedVersions(t *testing.T) {
	set := map[string]any{"security.supported": questionnaire.Translated{textfmt.EN: "the two latest firmware releases", textfmt.FR: "les deux dernières versions du micrologiciel"}}
	expect(t, "versions given", set, policyExamples(), true,
		[2]string{"Security fixes are made for the following versions: the two latest firmware releases", "Les corrections de sécurité sont apportées aux versions suivantes : les deux dernières versions du micrologiciel"})
	expect(t, "versions given", set, policyExamples(), false, [2]string{"made for the two", "apportées à les"})
	expect(t, "no versions", map[string]any{"security.supported": nil}, policyExamples(), true,
		[2]string{"Security fixes are made for the latest release only", "Les corrections de sécurité sont apportées à la dernière version publiée seulement"})
}

// Whether an own-name contributor holds the rights turns on duties and
// instructions, not on time or means (CPI L. 113-9, cited under French law).
func TestOwnNameContributorRightsTurnOnDuties(t *testing.T) {
	duties := [2]string{"where your Contribution falls within your duties or follows the instructions of an employer or an administration", "lorsque votre Contribution relève de vos fonctions ou des instructions d’un employeur ou d’une administration"}
	cite := [2]string{"(French Intellectual Property Code, Article L. 113-9)", "(Code de la propriété intellectuelle, article L. 113-9)"}
	old := [2]string{"on your own time and with your own means, you are the author", "sur votre temps personnel et avec vos propres moyens, vous êtes l’auteur"}
	expect(t, "French law", map[string]any{}, policyExamples(), true, duties, cite)
	expect(t, "French law", map[string]any{}, policyExamples(), false, old)
	expect(t, "Belgian law", map[string]any{"governing_law": "BE", "privacy.establishment": "BE"}, policyExamples(), true, duties)
	expect(t, "Belgian law", map[string]any{"governing_law": "BE", "privacy.establishment": "BE"}, policyExamples(), false, old)
	k, _ := Lookup("contribution")
	for li, l := range textfmt.All {
		vals := k.Examples()
		vals["governing_law"], vals["privacy.establishment"] = "BE", "BE"
		doc, err := k.Assemble(vals, l, Preview)
		if err != nil {
			t.Fatal(err)
		}
		if c, _ := doc.Clause("who-individuals"); strings.Contains(c.Body, "L. 113-9") || !strings.Contains(c.Body, [2]string{"duties", "fonctions"}[li]) {
			t.Errorf("%s, Belgian law: the French rule is cited, or duties are not:\n%s", l, c.Body)
		}
	}
}

// The undertaking not to patent covers every Contribution integrated into
// the resources, and every contributor, Member or not.
func TestPatentUndertakingFollowsTheCharter(t *testing.T) {
	k, _ := Lookup("contribution")
	words := [2]string{"for every Contribution that you submit and that is integrated into the resources of the Project, you undertake to", "pour toute Contribution que vous soumettez et qui est intégrée aux ressources du Projet, vous vous engagez envers"}
	for _, hardware := range []bool{true, false} {
		expect(t, "linked", map[string]any{"project.hardware": hardware}, linkedExamples(k), hardware, words,
			[2]string{"is given here by every contributor, Member or not", "est pris ici par chaque contributeur, Membre ou non"})
	}
	expect(t, "linked hardware", map[string]any{"project.hardware": true}, linkedExamples(k), false, [2]string{"As the Charter provides, by submitting", "Comme le prévoit la Charte, en soumettant"})
}

// Joint controllers may live in several countries: the policy names the
// country where their contact point is established, never all of them.
func TestComplaintNamesTheContactPointsCountry(t *testing.T) {
	k, _ := Lookup("contribution")
	set := map[string]any{"legal.entity_name": "", "legal.vehicle": "de-facto-association", "privacy.establishment": "FR"}
	expect(t, "linked, no entity", set, linkedExamples(k), true,
		[2]string{"in France, where the contact point of the joint controllers is established", "en France, où est établi le point de contact des responsables du traitement"})
	expect(t, "linked, no entity", set, linkedExamples(k), false,
		[2]string{"where the joint controllers are established", "où les responsables du traitement sont établis"})
	expect(t, "entity", map[string]any{}, policyExamples(), true,
		[2]string{"in France, where the controller is established", "en France, où le responsable du traitement est établi"})
}

// A CLA steward's successor is named by the rules of its own form.
func TestStewardSuccessionFollowsItsForm(t *testing.T) {
	cla := func(set map[string]any) map[string]any {
		out := map[string]any{"inbound": "cla", "steward.name": "Association Sentiers en commun", "cla.outbound": "fsf-osi", "agreement.url": "https://sentiers-en-commun.example/cla"}
		maps.Copy(out, set)
		if name, ok := set["legal.entity_name"]; ok {
			out["steward.name"] = name
		}
		return out
	}
	company := [2]string{"(Commercial Code, Article L. 236-3; Civil Code, Article 1844-5)", "(Code de commerce, article L. 236-3 ; Code civil, article 1844-5)"}
	assoc := [2]string{"(Law of 1 July 1901 on the contract of association, Article 9 bis)", "(loi du 1er juillet 1901 relative au contrat d’association, article 9 bis)"}
	fund := [2]string{"only to another endowment fund or to a foundation recognised as being of public utility (French Law No. 2008-776 of 4 August 2008, Article 140, VIII)", "qu’à un autre fonds de dotation ou à une fondation reconnue d’utilité publique (loi n° 2008-776 du 4 août 2008, article 140, VIII)"}
	cases := []struct {
		what string
		set  map[string]any
		want [2]string
	}{
		{"association", cla(map[string]any{}), assoc},
		{"company", cla(map[string]any{"legal.vehicle": "company", "legal.entity_name": "Sentiers SAS"}), company},
		{"endowment fund", cla(map[string]any{"legal.vehicle": "fiscal-host", "legal.host_form": "endowment-fund", "legal.entity_name": "Fonds Sentiers"}), fund},
	}
	for _, c := range cases {
		expect(t, c.what, c.set, policyExamples(), true, c.want)
		for _, other := range [][2]string{company, assoc, fund} {
			if other != c.want {
				expect(t, c.what, c.set, policyExamples(), false, other)
			}
		}
	}
}

// The steward of the Cyber Resilience Act supports software intended
// for commercial activities; a linked policy says the legal person sells
// no service as long as the charter provides for none, or the assembly
// has decided none where it does.
func TestCRAStewardTest(t *testing.T) {
	k, _ := Lookup("contribution")
	charter, _ := Lookup("charter")
	test := [2]string{"Where the software of the Project is intended for commercial activities", "Lorsque les logiciels du Projet sont destinés à des activités commerciales"}
	notEnough := [2]string{"having no commercial activity of one’s own does not confer that status", "n’exercer soi-même aucune activité commerciale ne suffit pas à conférer cette qualité"}
	old := [2]string{"As long as it supplies the software of the Project in the course of no commercial activity", "Tant qu’elle ne fournit les logiciels du Projet dans le cadre d’aucune activité commerciale"}
	expect(t, "steward", map[string]any{"security.cra_steward": true}, policyExamples(), true, test, notEnough)
	expect(t, "steward", map[string]any{"security.cra_steward": true}, policyExamples(), false, old)
	expect(t, "not steward", map[string]any{"security.cra_steward": false}, policyExamples(), false, test)
	// The defined term of the agreement is kept apart from the notion of
	// the Regulation.
	expect(t, "CLA steward", map[string]any{"security.cra_steward": true, "inbound": "cla", "steward.name": "Association Sentiers en commun"}, policyExamples(), true,
		[2]string{"a status distinct from the role of the Licensee under this policy", "qualité distincte de celle de Licencié au sens de la présente politique"})
	for _, services := range []bool{false, true} {
		chVals := charter.Examples()
		chVals["economy.funding"] = []string{"donations"}
		if services {
			chVals["economy.funding"] = []string{"donations", "services"}
		}
		vals := linkedExamples(k)
		vals.SetCharterAnswers(charter.Questionnaire.Resolve(chVals))
		set := map[string]any{"security.cra_steward": true}
		none := [2]string{"It shall supply no paid service around that software as long as paid services are not among the sources of funding that Article ", "Elle ne fournit autour de ces logiciels aucun service payant tant que les services payants ne figurent pas parmi les sources de financement qu’énumère l’article"}
		decided := [2]string{"as long as the Assembly has decided none under ", "tant que l’Assemblée n’en a décidé aucun en application de l’article"}
		expect(t, "charter services", set, vals, services, decided)
		expect(t, "charter services", set, vals, !services, none)
	}
}

// A public forge is a controller of its own for its accounts; a forge
// run for the project is its processor, and the policy says nothing of
// the kind for it.
func TestPublicForgeIsASeparateController(t *testing.T) {
	separate := [2]string{"as a separate controller, for its own purposes and under its own terms of use and privacy policy", "en qualité de responsable du traitement distinct, pour ses propres finalités et selon ses propres conditions d’utilisation et sa politique de confidentialité"}
	for _, url := range []string{"https://codeberg.org/a/b", "https://github.com/a/b", "https://gitlab.com/a/b"} {
		expect(t, url, map[string]any{"project.repository_url": url, "privacy.transfer": "eea"}, policyExamples(), true, separate)
	}
	expect(t, "private forge", map[string]any{"project.repository_url": "https://forge.sentiers-en-commun.example/a/b", "privacy.forge_operator": "Hébergeur SARL", "privacy.transfer": "eea"}, policyExamples(), false, separate)
	expect(t, "self-hosted", map[string]any{"project.repository_url": "https://forge.sentiers-en-commun.example/a/b", "privacy.forge_operator": "Association Sentiers en commun", "privacy.transfer": "eea"}, policyExamples(), false, separate)
}

// A charter's hosting providers act under Article 28; the operator of a
// public forge used under its general terms does not.
func TestCharterForgeOperatorIsNoProcessor(t *testing.T) {
	k, _ := Lookup("charter")
	words := [2]string{"general terms processes the data of the accounts that the persons concerned open on it as a separate controller, under its own terms and privacy policy; it is one of those providers only for the content that it hosts for the Commons under a data processing agreement", "conditions générales de ce service traite les données des comptes qu’y ouvrent les personnes concernées en qualité de responsable du traitement distinct, selon ses propres conditions et sa politique de confidentialité ; il n’est l’un de ces prestataires que pour les contenus qu’il héberge pour le Commun en vertu d’un accord de traitement des données"}
	for li, l := range textfmt.All {
		if text := fxNorm(assembledText(t, k, k.Examples(), l)); !strings.Contains(text, words[li]) {
			t.Errorf("%s: the charter does not set the forge operator apart from its processors", l)
		}
	}
}

// A translation of a third party's work keeps that work's licence and
// notices, says it is unofficial and uses marks only to refer; the policy
// says so where it welcomes translations, and the charter in every case.
func TestThirdPartyTranslationsKeepTheirLicence(t *testing.T) {
	keep := [2]string{"your translation is then distributed under the licence of the original work, or under a licence that it allows, with the copyright and licence notices of the original", "votre traduction est alors diffusée sous la licence de l’œuvre originale, ou sous une licence que celle-ci autorise, avec les mentions de droit d’auteur et de licence de l’original"}
	unofficial := [2]string{"states that it is an unofficial translation, names the original work, the version translated and its licence", "indique qu’elle est une traduction non officielle, nomme l’œuvre originale, la version traduite et sa licence"}
	outbound := [2]string{"a translation of a third party’s work remains subject to that work’s licence", "la traduction d’une œuvre d’un tiers reste soumise à la licence de celle-ci"}
	expect(t, "translations welcomed", map[string]any{"contributions.types": []string{"code", "translation"}}, policyExamples(), true, keep, unofficial, outbound)
	expect(t, "every kind", map[string]any{"contributions.types": []string{}}, policyExamples(), true, keep, unofficial, outbound)
	expect(t, "no translations", map[string]any{"contributions.types": []string{"code", "documentation"}}, policyExamples(), false, keep, unofficial, outbound)
	k, _ := Lookup("charter")
	words := [2]string{"A translation or other adaptation of a third party’s work that the Commons publishes is a work derived from it", "Une traduction ou une autre adaptation de l’œuvre d’un tiers que publie le Commun est une œuvre dérivée de celle-ci"}
	for li, l := range textfmt.All {
		doc, err := k.Assemble(k.Examples(), l, Preview)
		if err != nil {
			t.Fatal(err)
		}
		c, _ := doc.Clause("licences-third-party")
		if !strings.Contains(c.Body, words[li]) {
			t.Errorf("%s: the charter's article on third-party elements says nothing of translations:\n%s", l, c.Body)
		}
	}
}

// Where AI tools are allowed without disclosure, a machine translation
// is still disclosed when translations are welcome.
func TestMachineTranslationIsDisclosed(t *testing.T) {
	disclose := [2]string{"where you submit a translation produced in whole or in part by such a tool, you shall say so in your", "lorsque vous soumettez une traduction produite en tout ou partie par un tel outil, indiquez-le dans votre"}
	expect(t, "allow, translations", map[string]any{"ai_contributions": "allow", "contributions.types": []string{"code", "translation"}}, policyExamples(), true, disclose,
		[2]string{"Where your Contribution includes substantial parts produced by such a tool, you shall say so in one line in your", "Lorsque votre Contribution comprend des parties substantielles produites par un tel outil, vous le signalez en une ligne dans votre"})
	expect(t, "allow, no translations", map[string]any{"ai_contributions": "allow", "contributions.types": []string{"code"}}, policyExamples(), false, disclose)
}
