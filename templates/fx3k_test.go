package templates

import (
	"fmt"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// RK2-7: there is no right to data portability for processing based on
// the performance of a task carried out in the public interest (GDPR,
// art. 20(1)(a) and 20(3)). An administrative public body bases all its
// processing on point (e) and lists no portability; an industrial or
// commercial public body lists it for the processing based on the
// contract alone; a private provider keeps the plain list.
func TestFx3kPortability(t *testing.T) {
	plain := apiTOSPhrase{textfmt.EN: "to restriction of processing, to data portability and to object", textfmt.FR: "à la limitation du traitement, à la portabilité des données et d'opposition"}
	limited := apiTOSPhrase{textfmt.EN: "to restriction of processing, to data portability, for the processing based on point (b) alone (article 20 of the GDPR), and to object", textfmt.FR: "à la limitation du traitement, à la portabilité des données, pour les seuls traitements fondés sur le point b) (article 20 du RGPD), et d'opposition"}
	none := apiTOSPhrase{textfmt.EN: "the rights to restriction of processing and to object", textfmt.FR: "ses droits à la limitation du traitement et d'opposition"}
	for _, p := range providers13a {
		set := func(v questionnaire.Values) {
			p.set(v)
			v["personal_data.processed"], v["personal_data.role"] = true, "both"
		}
		for l, doc := range published12a(t, set) {
			what := fmt.Sprintf("%s %s", l, p.name)
			want := map[string]apiTOSPhrase{"company": plain, "industrial-commercial": limited, "administrative": none}[p.name]
			for _, ph := range []apiTOSPhrase{plain, limited, none} {
				if got := ph.in(doc, "data-users"); got != (ph[l] == want[l]) {
					t.Errorf("%s: 6.1 says %q: %v", what, ph[l], got)
				}
			}
		}
	}
}

// RK2-1: an administrative public service is not a professional: the
// consumer rules of Rome I (art. 6) and Brussels I bis (art. 17 and 18)
// and article R. 631-3 of the Consumer Code are not printed for it, and
// its disputes with Consumers go to the disputes article; every other
// provider keeps them.
func TestFx3kConsumerLaw(t *testing.T) {
	rules := apiTOSPhrase{textfmt.EN: "(articles 17 and 18 of Regulation (EU) No 1215/2012 of 12 December 2012)", textfmt.FR: "(articles 17 et 18 du règlement (UE) n° 1215/2012 du 12 décembre 2012)"}
	referred := apiTOSPhrase{textfmt.EN: "Disputes between the Provider and a Consumer are governed by Article", textfmt.FR: "Les litiges entre le Fournisseur et le Consommateur sont régis par l'article"}
	keeps := apiTOSPhrase{textfmt.EN: "A Consumer keeps the protection set out in Article", textfmt.FR: "Le Consommateur conserve la protection prévue à l'article"}
	for _, p := range providers13a {
		set := func(v questionnaire.Values) {
			p.set(v)
			v["audience"] = "business-and-consumers"
		}
		for l, doc := range published12a(t, set) {
			what := fmt.Sprintf("%s %s", l, p.name)
			if got := rules.in(doc, "consumer-law"); got == p.admin {
				t.Errorf("%s: consumer forum rules printed: %v", what, got)
			}
			if got := referred.in(doc, "consumer-law"); got != p.admin {
				t.Errorf("%s: consumer disputes referred to the disputes article: %v", what, got)
			}
			if got := keeps.in(doc, "governing-law"); got == p.admin {
				t.Errorf("%s: governing law keeps the consumer protection: %v", what, got)
			}
		}
	}
}

// RK2-3: the Rules of an administrative public service have no duration;
// the licence runs for the User's Registration. Other providers grant it
// for the duration of the Agreement.
func TestFx3kLicenceTerm(t *testing.T) {
	registration := apiTOSPhrase{textfmt.EN: "For the duration of the User’s Registration, the Provider grants each User", textfmt.FR: "Pendant la durée de l’Inscription, le Fournisseur concède à chaque Utilisateur"}
	agreement := apiTOSPhrase{textfmt.EN: "For the duration of the Agreement, the Provider grants each User", textfmt.FR: "Pendant la durée du Contrat, le Fournisseur concède à chaque Utilisateur"}
	rules := apiTOSPhrase{textfmt.EN: "For the duration of the Rules", textfmt.FR: "Pendant la durée du Règlement"}
	for _, p := range providers13a {
		for l, doc := range published12a(t, p.set) {
			what := fmt.Sprintf("%s %s", l, p.name)
			if got := registration.in(doc, "access-grant"); got != p.admin {
				t.Errorf("%s: licence for the Registration: %v", what, got)
			}
			if got := agreement.in(doc, "access-grant"); got == p.admin {
				t.Errorf("%s: licence for the Agreement: %v", what, got)
			}
			if rules.in(doc, "access-grant") {
				t.Errorf("%s: licence for the duration of the Rules", what)
			}
		}
	}
}

// RK2-4: an administrative public body and its User are both liable for
// fault, the User under the conditions of the third-party article, and
// the Provider's fault liability leaves the no-fault regimes and the
// compensation on withdrawal of access intact. Other providers keep
// their own liability clause.
func TestFx3kLiabilityStandard(t *testing.T) {
	fault := apiTOSPhrase{textfmt.EN: "for the direct and certain damage caused by its fault, without prejudice to Article", textfmt.FR: "des dommages directs et certains causés par sa faute, sans préjudice de l'article"}
	noFault := apiTOSPhrase{textfmt.EN: "and to the rules of no-fault liability; the User is liable, under the conditions of Article", textfmt.FR: "et des régimes de responsabilité sans faute ; l'Utilisateur répond, dans les conditions de l'article"}
	strict := apiTOSPhrase{textfmt.EN: "the User is liable for the damage it causes to the Provider", textfmt.FR: "l'Utilisateur répond des dommages qu'il cause au Fournisseur"}
	for _, p := range providers13a {
		for l, doc := range published12a(t, p.set) {
			what := fmt.Sprintf("%s %s", l, p.name)
			for _, ph := range []apiTOSPhrase{fault, noFault} {
				if got := ph.in(doc, "liability-limit"); got != p.admin {
					t.Errorf("%s: 9.3 says %q: %v", what, ph[l], got)
				}
			}
			if strict.in(doc, "liability-limit") {
				t.Errorf("%s: 9.3 makes the User liable without fault", what)
			}
		}
	}
}

// RK2-6: for an administrative public body, withdrawing a User's access
// (for breach or for a reason of general interest) ends its
// Registration; other providers terminate the Agreement instead.
func TestFx3kWithdrawalEndsRegistration(t *testing.T) {
	ends := apiTOSPhrase{textfmt.EN: "The withdrawal of a User's access, under this article or Article", textfmt.FR: "Le retrait de l'accès d'un Utilisateur, en application du présent article ou de l'article"}
	ends2 := apiTOSPhrase{textfmt.EN: "ends that User's Registration.", textfmt.FR: "met fin à son Inscription."}
	for _, p := range providers13a {
		for l, doc := range published12a(t, p.set) {
			what := fmt.Sprintf("%s %s", l, p.name)
			for _, ph := range []apiTOSPhrase{ends, ends2} {
				if got := ph.in(doc, "term-breach"); got != p.admin {
					t.Errorf("%s: 10.4 says %q: %v", what, ph[l], got)
				}
			}
		}
	}
}

// RK2-8: a public body's name often names a territory: whatever the
// attribution option, the User of a public body may designate factually
// the origin of the Data or the territory they cover (CPI, art.
// L. 713-6, I, 2°); a private provider's clause is unchanged.
func TestFx3kGeographicOrigin(t *testing.T) {
	origin := apiTOSPhrase{textfmt.EN: "factually, the origin of the Data or the territory they cover", textfmt.FR: "de façon factuelle, la provenance des Données ou le territoire qu'elles couvrent"}
	law := apiTOSPhrase{textfmt.EN: "(article L. 713-6, I, 2° and 3° of the French Intellectual Property Code)", textfmt.FR: "(article L. 713-6, I, 2° et 3°, du Code de la propriété intellectuelle)"}
	for opt, id := range map[string]string{"required": "user-attribution-required", "none": "user-attribution-none", "trademark": "user-attribution-trademark"} {
		for _, p := range providers13a {
			set := func(v questionnaire.Values) {
				p.set(v)
				v["conditions.attribution"] = opt
			}
			for l, doc := range published12a(t, set) {
				what := fmt.Sprintf("%s %s %s", l, p.name, opt)
				if clauseText(doc, id) == "" {
					t.Fatalf("%s: no clause %s", what, id)
				}
				for _, ph := range []apiTOSPhrase{origin, law} {
					if got := ph.in(doc, id); got != p.public {
						t.Errorf("%s: %s says %q: %v", what, id, ph[l], got)
					}
				}
			}
		}
	}
}
