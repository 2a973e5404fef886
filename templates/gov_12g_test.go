package templates

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// policyWithCharter is a policy linked to a charter whose examples are
// changed by charterSet, itself changed by set.
func policyWithCharter(charterSet, set map[string]any) questionnaire.Values {
	vals := linkedPolicy(charterSet)
	for key, v := range set {
		vals[key] = v
	}
	return vals
}

// Terms bind a contributor who sends an issue, a comment or a form only
// if they were shown before sending (Civil Code, art. 1119): the policy
// shows them, or a link to them, in its issue and request templates, merges
// a comment only once its author accepted them, and shows them in each form with the GDPR notice; a form through which
// people update their own data asks for their consent by a separate box,
// distinct from the terms and the licence (GDPR, art. 4(11), 7(2)), and
// says so only where the project welcomes data.
func TestFormsShowTheTermsAndAskConsentSeparately(t *testing.T) {
	k, _ := Lookup("contribution")
	shown := [2]string{"The Maintainers, for the Legal Entity, shall display these terms, or a link to them, in the issue and", "Les Mainteneurs, pour le compte de la Structure porteuse, affichent ces conditions, ou un lien qui y mène, dans les modèles de tickets"}
	notice := [2]string{"each form of the Project shall display them before sending, with the information required by Article 13 of the GDPR", "chacun des formulaires du Projet les affiche avant l'envoi, avec l'information prévue à l'article 13 du RGPD"}
	box := [2]string{"rests in addition on your consent, which the form obtains by a box separate from the acceptance of these terms and of the licence", "repose en outre sur votre consentement, que le formulaire recueille par une case distincte de l'acceptation de ces conditions et de la licence"}
	stale := [2]string{"endeavours to recall", "s'efforce de rappeler"}
	for _, inbound := range []string{"inbound-outbound", "dco", "cla", "fla", "assignment"} {
		for _, types := range [][]string{{"code", "data"}, {"code"}} {
			for li, l := range textfmt.All {
				body := plainSpaces(clauseWith(t, k, k.Examples(), map[string]any{"inbound": inbound, "contributions.types": types, "project.data": false}, l, "inbound-other-channels"))
				what := fmt.Sprintf("%s %v %s", inbound, types, l)
				data := slices.Contains(types, "data")
				if !strings.Contains(body, shown[li]) || !strings.Contains(body, notice[li]) {
					t.Errorf("%s: terms and notice not shown before sending: %q", what, body)
				}
				if strings.Contains(body, stale[li]) {
					t.Errorf("%s: a mere endeavour to recall the terms: %q", what, body)
				}
				if got := strings.Contains(body, box[li]); got != data {
					t.Errorf("%s: separate consent box=%v, want %v: %q", what, got, data, body)
				}
			}
		}
	}
}

// Where people update their own data through a form, the purpose rests
// on their consent (GDPR, art. 6(1)(a)), which they may withdraw (art.
// 7(3)), and the data they provided are portable (art. 20); the rights
// clause says so, with the agreements' data where there are agreements,
// and none of it where the project welcomes no data.
func TestFormDataConsentPurposeWithdrawalAndPortability(t *testing.T) {
	k, _ := Lookup("contribution")
	purpose := [2]string{"the data about you or your business that you update through a form of the Project, for their publication within the Project, with your consent", "les données qui vous concernent, vous ou votre entreprise, que vous mettez à jour par un formulaire du Projet, pour leur publication au sein du Projet, avec votre consentement"}
	withdraw := [2]string{"You may withdraw at any time, at the same address, the consent you gave to the publication of data updated through a form, without affecting the lawfulness of their publication before the withdrawal (GDPR, Article 7(3))", "Vous pouvez retirer à tout moment, à la même adresse, le consentement que vous avez donné à la publication des données mises à jour par un formulaire, sans que ce retrait remette en cause la licéité de leur publication antérieure (RGPD, article 7, paragraphe 3)"}
	formPortable := [2]string{"that you have provided through a form of the Project with your consent", "que vous avez fournies par un formulaire du Projet avec votre consentement"}
	agreementsPortable := [2]string{"the portability of the data in the agreements that you have signed", "la portabilité des données des accords que vous avez signés"}
	for _, inbound := range []string{"inbound-outbound", "dco", "cla", "fla"} {
		for _, types := range [][]string{{"code", "data"}, {"code"}} {
			for li, l := range textfmt.All {
				set := map[string]any{"inbound": inbound, "contributions.types": types, "project.data": false}
				what := fmt.Sprintf("%s %v %s", inbound, types, l)
				data := slices.Contains(types, "data")
				agreement := inbound == "cla" || inbound == "fla"
				controller := plainSpaces(clauseWith(t, k, k.Examples(), set, l, "personal-data-controller"))
				if got := strings.Contains(controller, purpose[li]); got != data {
					t.Errorf("%s: consent-based purpose=%v, want %v: %q", what, got, data, controller)
				}
				rights := plainSpaces(plainClause(t, k, k.Examples(), set, l, "personal-data-rights"))
				if got := strings.Contains(rights, withdraw[li]); got != data {
					t.Errorf("%s: withdrawal of consent=%v, want %v: %q", what, got, data, rights)
				}
				if got := strings.Contains(rights, formPortable[li]); got != data {
					t.Errorf("%s: portability of form data=%v, want %v: %q", what, got, data, rights)
				}
				if got := strings.Contains(rights, agreementsPortable[li]); got != agreement {
					t.Errorf("%s: portability of the agreements=%v, want %v: %q", what, got, agreement, rights)
				}
			}
		}
	}
}

// Consent to publication can be withdrawn, but copies already released
// under an open licence cannot be recalled: the policy's form route and
// the charter's articles on personal data in the resources and on home
// measurements say so, and keep consent apart from the licence.
func TestWithdrawnConsentRecallsNoLicensedCopies(t *testing.T) {
	k, _ := Lookup("contribution")
	ch, _ := Lookup("charter")
	policy := [2]string{"the withdrawal does not reach the copies that third parties have already obtained under the licence of the Project, which cannot be recalled; those third parties answer for their own processing", "ce retrait n'atteint pas les copies que des tiers en ont déjà obtenues sous la licence du Projet, qui ne peuvent être rappelées ; ces tiers répondent de leurs propres traitements"}
	resources := [2]string{"the withdrawal does not reach the copies that third parties have already obtained under the licences of the Resources, which cannot be recalled", "ce retrait n'atteint pas les copies que des tiers en ont déjà obtenues sous les licences des Ressources, qui ne peuvent être rappelées"}
	separate := [2]string{"A person's consent to the publication of their data shall be obtained separately from any grant of a licence", "Le consentement d'une personne à la publication de ses données est recueilli séparément de toute concession de licence"}
	devices := [2]string{"The withdrawal does not reach the copies that third parties have already obtained under the licence of the data, which cannot be recalled; each reuser answers for its own processing.", "Ce retrait n'atteint pas les copies que des tiers ont déjà obtenues sous la licence des données, qui ne peuvent être rappelées ; chaque réutilisateur répond de ses propres traitements."}
	devicesSeparate := [2]string{"obtained and kept in writing, separately from any grant of a licence", "recueilli et conservé par écrit, séparément de toute concession de licence"}
	for li, l := range textfmt.All {
		for _, types := range [][]string{{"data"}, {"code"}} {
			body := plainSpaces(clauseWith(t, k, k.Examples(), map[string]any{"contributions.types": types, "project.data": false}, l, "inbound-other-channels"))
			if got := strings.Contains(body, policy[li]); got != (types[0] == "data") {
				t.Errorf("%s %v: licensed copies said to survive withdrawal=%v: %q", l, types, got, body)
			}
		}
		for _, vehicle := range []string{"association", "de-facto-association", "public-body"} {
			for _, dev := range []bool{false, true} {
				set := map[string]any{"commons.personal_data": true, "commons.device_data": dev, "legal.vehicle": vehicle}
				what := fmt.Sprintf("%s %s devices=%v", l, vehicle, dev)
				body := plainClause(t, ch, ch.Examples(), set, l, "personal-data-resources")
				if !strings.Contains(body, resources[li]) || !strings.Contains(body, separate[li]) {
					t.Errorf("%s: resources clause does not keep licensed copies apart from withdrawal: %q", what, body)
				}
				body = plainClause(t, ch, ch.Examples(), set, l, "personal-data-devices")
				if got := strings.Contains(body, devices[li]) && strings.Contains(body, devicesSeparate[li]); got != dev {
					t.Errorf("%s: devices clause on licensed copies=%v: %q", what, got, body)
				}
			}
		}
		// Without personal data in the resources, neither clause.
		if body := plainClause(t, ch, ch.Examples(), map[string]any{"commons.personal_data": false, "commons.device_data": false}, l, "personal-data-resources"); body != "" {
			t.Errorf("%s: personal data in the resources without such data: %q", l, body)
		}
	}
}

// People whose contact details the data hold are told individually
// within one month, at the latest when their data are first published
// (GDPR, art. 14(3)); a published notice is kept for records without
// contact details (art. 14(5)(b), read narrowly). An objection hides the
// data while it is examined (art. 18(1)(d)).
func TestIndividualNoticeWhereTheDataHoldContactDetails(t *testing.T) {
	ch, _ := Lookup("charter")
	individual := [2]string{"where the data include contact details through which the person can be reached, that person shall be informed individually within one month at most after the data are obtained and, at the latest, when they are first published (Article 14(3))", "lorsque les données comprennent des coordonnées qui permettent de joindre la personne, celle-ci est informée individuellement dans un délai d'un mois au plus après leur obtention et, au plus tard, lors de leur première publication (article 14, paragraphe 3)"}
	published := [2]string{"for data that include no such contact details, the information may instead be made public in the Governance Space", "pour les données qui ne comportent aucune telle coordonnée, l'information peut être rendue publique dans l'Espace de gouvernance"}
	hidden := [2]string{"the data concerned shall be hidden as soon as an objection is received, while it is examined (Article 18(1)(d))", "les données en cause sont masquées dès la réception d'une opposition, pendant son examen (article 18, paragraphe 1, point d)"}
	stale := [2]string{"if need be by information published", "au besoin par une information publiée"}
	for _, vehicle := range []string{"association", "scic", "de-facto-association", "public-body"} {
		for li, l := range textfmt.All {
			body := plainClause(t, ch, ch.Examples(), map[string]any{"commons.personal_data": true, "legal.vehicle": vehicle}, l, "personal-data-resources")
			for _, w := range []string{individual[li], published[li], hidden[li]} {
				if !strings.Contains(body, w) {
					t.Errorf("%s %s: no %q: %q", vehicle, l, w, body)
				}
			}
			if strings.Contains(body, stale[li]) {
				t.Errorf("%s %s: a published notice for everyone: %q", vehicle, l, body)
			}
		}
	}
}

// A sole trader's place of business, often their home, is published
// only as they advertise it, never from a private address given for
// another purpose; the policy tells contributors so, and an objection is
// honoured at once; the home-position rule no longer blurs such a place.
func TestPlacesOfBusinessOnlyAsAdvertised(t *testing.T) {
	k, _ := Lookup("contribution")
	ch, _ := Lookup("charter")
	charterPlace := [2]string{"the place where a natural person carries on their activity shall be published only as that person advertises it to the public in the course of their activity, and never from a private address that they gave for another purpose, even where that place is also their home", "le lieu où une personne physique exerce son activité n'est publié que tel qu'elle l'annonce elle-même au public dans l'exercice de son activité, et jamais d'après une adresse personnelle qu'elle a communiquée à une autre fin, même lorsque ce lieu est aussi son domicile"}
	policyPlace := [2]string{"For the place where such a person carries on their business, give only the address and position that the person advertises to the public", "Pour le lieu où une telle personne exerce son activité, n'indiquez que l'adresse et la position qu'elle annonce elle-même au public"}
	objection := [2]string{"Where a person objects to the publication of their data, the Legal Entity shall hide them as soon as the request is received", "Lorsqu'une personne s'oppose à la publication de ses données, la Structure porteuse est tenue de les masquer dès la réception de sa demande"}
	home := [2]string{"positions near a home other than that of a place of business advertised to the public", "les positions proches d'un domicile autres que celle d'un lieu d'activité annoncé au public"}
	for li, l := range textfmt.All {
		for _, personal := range []bool{false, true} {
			body := plainClause(t, ch, ch.Examples(), map[string]any{"commons.personal_data": personal}, l, "personal-data-resources")
			if got := strings.Contains(body, charterPlace[li]); got != personal {
				t.Errorf("%s personal=%v: charter's rule on places of business=%v", l, personal, got)
			}
		}
		for _, types := range [][]string{{"data"}, {"code", "data"}} {
			body := plainSpaces(clauseWith(t, k, k.Examples(), map[string]any{"contributions.types": types}, l, "contributions-data"))
			for _, w := range []string{policyPlace[li], objection[li], home[li]} {
				if !strings.Contains(body, w) {
					t.Errorf("%s %v: no %q: %q", l, types, w, body)
				}
			}
		}
		// A project without data has no such clause.
		if body := plainClause(t, k, k.Examples(), map[string]any{"contributions.types": []string{"code"}, "project.data": false}, l, "contributions-data"); body != "" {
			t.Errorf("%s: data clause without data: %q", l, body)
		}
	}
}

// The date of birth and the legal representatives' identities collected
// when a minor signs have a purpose (capacity and the representatives'
// consent) and a term (majority, then the limitation period: five years
// under French law, running from majority, C. civ. 1152 and 2224); only
// where individuals, hence minors, may sign an agreement.
func TestMinorsBirthDateHasAPurposeAndATerm(t *testing.T) {
	k, _ := Lookup("contribution")
	purpose := [2]string{"the date of birth of a minor contributor and the identity of their legal representatives, collected when the minor signs their agreement, to check the minor's capacity and the representatives' consent", "la date de naissance d'un contributeur mineur et l'identité de ses représentants légaux, recueillies lors de la signature de son accord, pour vérifier sa capacité et l'accord de ses représentants"}
	term := [2]string{"If you are a minor, your date of birth and the identity of your legal representatives shall be kept only until you come of age and, after that, ", "Si vous êtes mineur, votre date de naissance et l'identité de vos représentants légaux ne sont conservées que jusqu'à votre majorité et, au-delà, "}
	french := [2]string{"for five (5) years, the limitation period of the action to annul an act made by a minor, which runs from their majority (French Civil Code, Articles 1152 and 2224)", "pendant cinq (5) ans, délai de prescription de l'action en nullité d'un acte fait par un mineur, qui court à compter de sa majorité (Code civil, articles 1152 et 2224)"}
	for _, inbound := range []string{"dco", "cla", "fla", "assignment"} {
		for _, allowed := range [][]string{{"individuals", "employees"}, {"employees"}} {
			for _, law := range []string{"FR", "BE"} {
				for li, l := range textfmt.All {
					set := map[string]any{"inbound": inbound, "contributors.allowed": allowed, "governing_law": law}
					what := fmt.Sprintf("%s %v %s %s", inbound, allowed, law, l)
					minors := inbound != "dco" && slices.Contains(allowed, "individuals")
					controller := plainSpaces(clauseWith(t, k, k.Examples(), set, l, "personal-data-controller"))
					if got := strings.Contains(controller, purpose[li]); got != minors {
						t.Errorf("%s: purpose of the minors' data=%v, want %v", what, got, minors)
					}
					agreements := plainClause(t, k, k.Examples(), set, l, "personal-data-agreements")
					if got := strings.Contains(agreements, term[li]); got != minors {
						t.Errorf("%s: term of the minors' data=%v, want %v: %q", what, got, minors, agreements)
					}
					if got := strings.Contains(agreements, french[li]); got != (minors && law == "FR") {
						t.Errorf("%s: French five-year term=%v: %q", what, got, agreements)
					}
				}
			}
		}
	}
}

// Both documents tell people of their right, under French law, to give
// instructions about their data after death (loi 78-17, art. 85): to
// anyone where the controller is established in France, to those who
// reside in France otherwise.
func TestInstructionsAboutDataAfterDeath(t *testing.T) {
	k, _ := Lookup("contribution")
	ch, _ := Lookup("charter")
	law := [2]string{"set instructions for the storage, erasure and communication of", "définir des directives relatives à la conservation, à l'effacement et à la communication de"}
	act := [2]string{"(French Act No. 78-17 of 6 January 1978, Article 85)", "(loi n° 78-17 du 6 janvier 1978, article 85)"}
	resident := [2]string{"who resides in France", "qui réside en France"}
	residentPolicy := [2]string{"If you reside in France", "Si vous résidez en France"}
	for _, estab := range []string{"FR", "BE"} {
		for li, l := range textfmt.All {
			what := fmt.Sprintf("%s %s", estab, l)
			charter := plainClause(t, ch, ch.Examples(), map[string]any{"legal.vehicle": "association", "privacy.establishment": estab}, l, "personal-data-rights")
			if !strings.Contains(charter, law[li]) || !strings.Contains(charter, act[li]) {
				t.Errorf("%s: charter silent on instructions after death: %q", what, charter)
			}
			if got := strings.Contains(charter, resident[li]); got != (estab != "FR") {
				t.Errorf("%s: charter limits it to residents of France=%v", what, got)
			}
			policy := plainClause(t, k, k.Examples(), map[string]any{"legal.entity_name": "Sentiers", "legal.vehicle": "association", "privacy.establishment": estab}, l, "personal-data-rights")
			if !strings.Contains(policy, law[li]) || !strings.Contains(policy, act[li]) {
				t.Errorf("%s: policy silent on instructions after death: %q", what, policy)
			}
			if got := strings.Contains(policy, residentPolicy[li]); got != (estab != "FR") {
				t.Errorf("%s: policy limits it to residents of France=%v: %q", what, got, policy)
			}
		}
	}
}

// A policy linked to a charter that publishes measurements from devices
// at people's homes has an article on contributing them: the host's
// written consent by a form, separate from any other acceptance; the
// other occupants informed; the licence of the charter's data; what is
// published; a withdrawal address; licensed copies beyond recall. No such
// article without those measurements, nor without a linked charter.
func TestContributingHomeMeasurements(t *testing.T) {
	k, _ := Lookup("contribution")
	want := [2][]string{
		{"They shall enter the resources of the commons only after you have filled in the Project's consent form", "by ticking a box separate from any other acceptance (GDPR, Articles 6(1)(a) and 7(2))", "you state that you have informed the other occupants of the place", "a licence to them on the terms of `ODbL-1.0`", "sets for the data of the commons", "in a form that does not allow the dwelling to be found", "You may withdraw your consent at any time, free of charge, by writing to <", "which cannot be recalled"},
		{"Elles ne sont intégrées aux ressources du commun qu'après que vous avez rempli le formulaire de consentement du Projet", "en cochant une case distincte de toute autre acceptation (RGPD, articles 6, paragraphe 1, point a, et 7, paragraphe 2)", "vous déclarez avoir informé les autres occupants du lieu", "une licence aux conditions de `ODbL-1.0`", "pour les données du commun", "sous une forme qui ne permet pas de retrouver le logement", "Vous pouvez retirer votre consentement à tout moment, sans frais, en écrivant à <", "qui ne peuvent être rappelées"},
	}
	ref := [2]string{"occupants (Article 4.", "occupants (article 4."}
	for _, devices := range []bool{false, true} {
		for li, l := range textfmt.All {
			vals := policyWithCharter(map[string]any{"commons.personal_data": true, "commons.device_data": devices, "commons.resources": []string{"software", "data"}, "licences.data": "ODbL-1.0"}, nil)
			body := plainClause(t, k, vals, nil, l, "contributions-measurements")
			if (body != "") != devices {
				t.Fatalf("devices=%v %s: article on measurements=%v", devices, l, body != "")
			}
			for _, w := range want[li] {
				if devices && !strings.Contains(body, w) {
					t.Errorf("%s: no %q: %q", l, w, body)
				}
			}
			data := plainClause(t, k, policyWithCharter(map[string]any{"commons.personal_data": true, "commons.device_data": devices, "commons.resources": []string{"software", "data"}}, nil), nil, l, "contributions-data")
			if got := strings.Contains(data, ref[li]); got != devices {
				t.Errorf("devices=%v %s: the data clause refers to the article on measurements=%v: %q", devices, l, got, data)
			}
		}
	}
	for _, l := range textfmt.All {
		if body := plainClause(t, k, k.Examples(), nil, l, "contributions-measurements"); body != "" {
			t.Errorf("%s: article on measurements without a linked charter: %q", l, body)
		}
	}
}
