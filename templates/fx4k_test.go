package templates

import (
	"fmt"
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// RK2-2: the binding rules of the Documentation of an administrative
// public service (rate limits, caching) are regulatory: the text names
// who sets them, the Provider's competent authority. Other providers
// change their Documentation under the contract.
func TestFx4kDocumentationAuthority(t *testing.T) {
	rule := apiTOSPhrase{textfmt.EN: "The rules of the Documentation that bind Users, such as the rate limits and the caching rules, are set and amended by the Provider's competent authority, within the limits of the Rules and in accordance with this article.", textfmt.FR: "Les règles de la Documentation qui s'imposent aux Utilisateurs, notamment les limites de débit et les règles de mise en cache, sont fixées et modifiées par l'autorité compétente du Fournisseur, dans les limites du Règlement et dans les conditions du présent article."}
	for _, p := range providers13a {
		for l, doc := range published12a(t, p.set) {
			if got := rule.in(doc, "change-api"); got != p.admin {
				t.Errorf("%s %s: 5.2 names the competent authority: %v", l, p.name, got)
			}
		}
	}
}

// RK2-6: a User of an administrative public service may end its
// Registration at any time (10.2): 10.4 lists only the User's serious
// breaches, for which the Provider may withdraw access at once, and no
// longer a right of the User to end it for the Provider's breach.
// Contract providers keep the resolutory clause for each party.
func TestFx4kSeriousBreachesAdministrative(t *testing.T) {
	userRight := apiTOSPhrase{textfmt.EN: "and the User may end its Registration without waiting", textfmt.FR: "et l'Utilisateur peut mettre fin à son Inscription sans attendre"}
	providerSide := apiTOSPhrase{textfmt.EN: "for the Provider: a breach of the confidentiality of requests", textfmt.FR: "pour le Fournisseur : un manquement à la confidentialité des requêtes"}
	userOnly := apiTOSPhrase{textfmt.EN: "where the User commits one of the following serious breaches, which make it impossible to continue its relationship with the service: a use of the API that is manifestly unlawful;", textfmt.FR: "lorsque l'Utilisateur commet l'un des manquements graves suivants, qui rendent impossible la poursuite de sa relation avec le service : une utilisation manifestement illicite de l'API ;"}
	eachParty := apiTOSPhrase{textfmt.EN: "1. for the User: a use of the API", textfmt.FR: "1. pour l'Utilisateur : une utilisation manifestement illicite"}
	for _, p := range providers13a {
		for l, doc := range published12a(t, p.set) {
			what := fmt.Sprintf("%s %s", l, p.name)
			if userRight.in(doc, "term-breach") {
				t.Errorf("%s: 10.4 gives the User a right to end its Registration for breach", what)
			}
			for ph, want := range map[*apiTOSPhrase]bool{&providerSide: !p.admin, &userOnly: p.admin, &eachParty: !p.admin} {
				if got := ph.in(doc, "term-breach"); got != want {
					t.Errorf("%s: 10.4 says %q: %v", what, (*ph)[l], got)
				}
			}
		}
	}
}

// RK2-5: the general-interest withdrawal in 10.3 follows only the
// procedural paragraph of 10.4 (reasons, adversarial procedure, appeal),
// not the formal notice and cure period for a breach.
func TestFx4kGeneralInterestProcedure(t *testing.T) {
	proc := apiTOSPhrase{textfmt.EN: "by a reasoned decision taken as provided in the last paragraph of Article", textfmt.FR: "par une décision motivée prise dans les conditions du dernier alinéa de l'article"}
	what := apiTOSPhrase{textfmt.EN: "(statement of reasons, adversarial procedure, means and time limits of appeal).", textfmt.FR: "(motivation, procédure contradictoire, voies et délais de recours)."}
	for _, p := range providers13a {
		for l, doc := range published12a(t, p.set) {
			for _, ph := range []apiTOSPhrase{proc, what} {
				if got := ph.in(doc, "term-provider"); got != p.admin {
					t.Errorf("%s %s: 10.3 says %q: %v", l, p.name, ph[l], got)
				}
			}
		}
	}
}

// RK2-13: an API that serves public transport timetables binds its Users
// to keep planned and real-time times apart, to refresh them within the
// time the Documentation sets and to refer travellers to the official
// traveller information; the clause is absent otherwise, for every
// provider.
func TestFx4kTimetables(t *testing.T) {
	clause := apiTOSPhrase{textfmt.EN: "the User shall clearly distinguish, in its Applications, planned timetables from real-time information and shall not present the former as the latter", textfmt.FR: "l'Utilisateur distingue clairement, dans ses Applications, les horaires théoriques des horaires en temps réel et ne présente pas les premiers comme les seconds"}
	official := apiTOSPhrase{textfmt.EN: "official traveller information of the network, such as the website of the network.", textfmt.FR: "information voyageurs officielle du réseau, notamment le site du réseau."}
	spared := apiTOSPhrase{textfmt.EN: "they do not restrict the reuse of the Data that Article", textfmt.FR: "elles ne restreignent pas la réutilisation des Données que régit l'article"}
	for _, p := range providers13a {
		for _, on := range []bool{false, true} {
			for _, data := range []string{"open-data-licence", "commercial"} {
				set := func(v questionnaire.Values) {
					p.set(v)
					v["conditions.data"], v["data.timetables"] = data, on
					if on {
						v["data.timetables_official"] = questionnaire.Translated{textfmt.EN: "the website of the network", textfmt.FR: "le site du réseau"}
					}
				}
				for l, doc := range published12a(t, set) {
					what := fmt.Sprintf("%s %s %s timetables=%v", l, p.name, data, on)
					if got := clause.in(doc, "user-timetables"); got != on {
						t.Errorf("%s: timetable clause: %v", what, got)
					}
					if got := official.in(doc, "user-timetables"); got != on {
						t.Errorf("%s: official information named: %v", what, got)
					}
					if got := spared.in(doc, "user-timetables"); got != (on && data != "commercial") {
						t.Errorf("%s: open reuse spared: %v", what, got)
					}
				}
			}
		}
	}
}

// RK2-9: a public body whose API is free may not sell, through special
// terms, what the Rules give for free: the same situation is defined by
// volume and commitment, and no special terms may set a price outside
// 3.3. A paid API, or a private provider, keeps price as a consideration.
func TestFx4kSpecialTermsNoPrice(t *testing.T) {
	noPrice := apiTOSPhrase{textfmt.EN: "in particular as to volume of calls and length of commitment; no special terms may set a price other than in the cases and on the conditions of Article", textfmt.FR: "notamment de volume d'appels et de durée d'engagement ; aucune condition particulière ne peut instituer un prix hors des cas et conditions de l'article"}
	withPrice := apiTOSPhrase{textfmt.EN: "in particular as to price, volume of calls and length of commitment.", textfmt.FR: "notamment de prix, de volume d'appels et de durée d'engagement."}
	for _, p := range providers13a {
		for _, model := range []string{"free", "paid"} {
			set := func(v questionnaire.Values) {
				p.set(v)
				v["pricing.model"] = model
			}
			for l, doc := range published12a(t, set) {
				what := fmt.Sprintf("%s %s %s", l, p.name, model)
				want := p.public && model == "free"
				if got := noPrice.in(doc, "scope-precedence"); got != want {
					t.Errorf("%s: 2.3 forbids a price: %v", what, got)
				}
				if got := withPrice.in(doc, "scope-precedence"); got == want {
					t.Errorf("%s: 2.3 names price: %v", what, got)
				}
			}
		}
	}
}

// RK2-10: the summary follows the articles it sums up: compensation for
// a general-interest withdrawal only where the ground is unrelated to the
// User's conduct (10.3); under an open data licence, the credit for the
// Data is the one the licence requires (8.5).
func TestFx4kSummaryMatchesArticles(t *testing.T) {
	comp := apiTOSPhrase{textfmt.EN: "withdraw a User's access, with compensation where that ground is unrelated to the User's conduct", textfmt.FR: "retirer l'accès d'un Utilisateur, en l'indemnisant lorsque ce motif est étranger à son comportement"}
	openCredit := apiTOSPhrase{textfmt.EN: "Users credit the source of the Data as their licence requires, and the origin of the functions of the API", textfmt.FR: "Les Utilisateurs mentionnent la source des Données conformément à leur licence, et la provenance des fonctions de l'API"}
	apiCredit := apiTOSPhrase{textfmt.EN: "Users credit the API as the source of what it provides", textfmt.FR: "Les Utilisateurs citent l'API comme source de ce qu'elle fournit"}
	for _, p := range providers13a {
		for _, data := range []string{"open-data-licence", "commercial", "open-reuse"} {
			set := func(v questionnaire.Values) {
				p.set(v)
				v["conditions.data"], v["conditions.attribution"] = data, "required"
			}
			for l, doc := range published12a(t, set) {
				what := fmt.Sprintf("%s %s %s", l, p.name, data)
				if got := comp.in(doc, "summary"); got != p.admin {
					t.Errorf("%s: summary compensation: %v", what, got)
				}
				if got := openCredit.in(doc, "summary"); got != (data == "open-data-licence") {
					t.Errorf("%s: summary credit under the licence: %v", what, got)
				}
				if got := apiCredit.in(doc, "summary"); got != (data != "open-data-licence") {
					t.Errorf("%s: summary credit to the API: %v", what, got)
				}
			}
		}
	}
}

// RK2-11: the Provider authorises good-faith security research within
// the rules of 8.3, so that the access it implies is not fraudulent
// (C. pén., art. 323-1); every provider, since a promise not to complain
// does not protect the researcher from the prosecutor.
func TestFx4kResearchAuthorised(t *testing.T) {
	auth := apiTOSPhrase{textfmt.EN: "The Provider authorises research conducted on those conditions: the access to its systems and the remaining in them that such research involves are not fraudulent within the meaning of article 323-1 of the French Criminal Code.", textfmt.FR: "Le Fournisseur autorise la recherche menée dans ces conditions : l'accès à ses systèmes et le maintien dans ceux-ci qu'elle implique ne sont pas frauduleux au sens de l'article 323-1 du Code pénal."}
	for _, p := range providers13a {
		for l, doc := range published12a(t, p.set) {
			if !auth.in(doc, "user-credentials") {
				t.Errorf("%s %s: 8.3 does not authorise the research", l, p.name)
			}
		}
	}
}

// RK2-12: the high-value datasets the terms protect are those the
// Documentation designates, so that users know which they are, wherever
// the answer says some data are high-value (free or paid access).
func TestFx4kHighValueDesignated(t *testing.T) {
	designated := apiTOSPhrase{textfmt.EN: "datasets that the Documentation designates as high-value datasets within the meaning of", textfmt.FR: "jeux de Données que la Documentation désigne comme des ensembles de données de forte valeur au sens du règlement"}
	old := apiTOSPhrase{textfmt.EN: "Data that belong to a high-value dataset", textfmt.FR: "Données qui relèvent d'un ensemble de données de forte valeur"}
	for _, p := range providers13a[1:] {
		for _, model := range []string{"free", "paid"} {
			set := func(v questionnaire.Values) {
				p.set(v)
				v["pricing.model"], v["pricing.high_value"] = model, true
			}
			for l, doc := range published12a(t, set) {
				what := fmt.Sprintf("%s %s %s", l, p.name, model)
				if !designated.in(doc, "term-provider") {
					t.Errorf("%s: 10.3 does not refer to the designated datasets", what)
				}
				if !designated.in(doc, "access-price") && !designated.in(doc, "access-payment") {
					t.Errorf("%s: 3.3 does not refer to the designated datasets", what)
				}
				for _, id := range []string{"access-price", "access-payment", "term-provider"} {
					if old.in(doc, id) {
						t.Errorf("%s: %s still says %q", what, id, old[l])
					}
				}
			}
		}
	}
}

// RK2-14: every Provider commits to security measures and to remedying
// reported vulnerabilities; an administrative public body also commits to
// the RGS security approval and to making its certificate available.
func TestFx4kProviderSecurity(t *testing.T) {
	measures := apiTOSPhrase{textfmt.EN: "The Provider shall implement appropriate technical and organisational measures, having regard to the state of the art and to the risks, to ensure the security of the API", textfmt.FR: "Le Fournisseur met en œuvre des mesures techniques et organisationnelles appropriées, au regard de l'état de l'art et des risques, pour assurer la sécurité de l'API"}
	rgs := apiTOSPhrase{textfmt.EN: "make the security approval certificate available to Users at <https://example.org/rgs>.", textfmt.FR: "rend l'attestation d'homologation accessible aux Utilisateurs à l'adresse <https://example.org/rgs>."}
	for _, p := range providers13a {
		set := func(v questionnaire.Values) {
			p.set(v)
			if p.public {
				v["provider.security_approval_url"] = "https://example.org/rgs"
			}
		}
		for l, doc := range published12a(t, set) {
			if !measures.in(doc, "user-credentials") {
				t.Errorf("%s %s: 8.3 has no security commitment of the Provider", l, p.name)
			}
			if got := rgs.in(doc, "user-credentials"); got != p.admin {
				t.Errorf("%s %s: RGS approval: %v", l, p.name, got)
			}
		}
	}
}

// RK2-16: a free public service open to consumers admits minors, those
// under fifteen with a holder of parental authority's consent; others keep
// full age and capacity.
func TestFx4kMinors(t *testing.T) {
	minors := apiTOSPhrase{textfmt.EN: "A minor may become a User; a minor under fifteen may do so only with the consent of a holder of parental authority.", textfmt.FR: "Un mineur peut devenir Utilisateur ; s'il a moins de quinze ans, il ne le peut qu'avec l'accord d'un titulaire de l'autorité parentale."}
	adults := apiTOSPhrase{textfmt.EN: "A natural person may become a User only if he or she is of full age and has legal capacity.", textfmt.FR: "Une personne physique ne peut devenir Utilisateur que si elle est majeure et capable."}
	for _, p := range providers13a {
		for _, model := range []string{"free", "paid"} {
			set := func(v questionnaire.Values) {
				p.set(v)
				v["pricing.model"], v["audience"] = model, "business-and-consumers"
			}
			for l, doc := range published12a(t, set) {
				want := p.public && model == "free"
				if got := minors.in(doc, "scope-users"); got != want {
					t.Errorf("%s %s %s: minors admitted: %v", l, p.name, model, got)
				}
				if got := adults.in(doc, "scope-users"); got == want {
					t.Errorf("%s %s %s: adults only: %v", l, p.name, model, got)
				}
			}
		}
	}
}

// RK2-17, RK2-18, RK2-20, RK2-28: the flow-down to End Users is a closed
// list (8.2, 4°, and 8.6 at least); e-mail
// termination is a sentence of its own; the English registration steps
// are the person's, not the User's.
func TestFx4kSmallFixes(t *testing.T) {
	flow := apiTOSPhrase{textfmt.EN: "the User shall bind them, in its own terms, to the rules of point 4 of Article\u00a08.2 and to those of Article\u00a08.6", textfmt.FR: "l'Utilisateur leur impose, dans ses propres conditions, les règles du 4° de l'article 8.2 et celles de l'article 8.6"}
	email := apiTOSPhrase{textfmt.EN: ". The User may also ", textfmt.FR: ". L'Utilisateur peut aussi "}
	for _, p := range providers13a {
		set := func(v questionnaire.Values) {
			p.set(v)
			v["conditions.specification"], v["conditions.data"] = "licence-ouverte", "open-data-licence"
			v["data.licence.title"] = questionnaire.Translated{textfmt.EN: "Licence Ouverte / Open Licence version 2.0", textfmt.FR: "Licence Ouverte / Open Licence version 2.0"}
			v["data.licence.url"] = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"
		}
		for l, doc := range published12a(t, set) {
			what := fmt.Sprintf("%s %s", l, p.name)
			if !flow.in(doc, "user-end-users") {
				t.Errorf("%s: 8.4 flow-down is not the closed list", what)
			}
			if !email.in(doc, "term-user") {
				t.Errorf("%s: 10.2 e-mail termination not a sentence of its own", what)
			}
			if l == textfmt.EN && p.admin && !strings.Contains(clauseText(doc, "scope-acceptance"), "A person registers online through the following technical steps") {
				t.Errorf("%s: 2.4 registration steps", what)
			}
		}
	}
}

// RK2-22: the French confirmation sentence of 2.4 and the preamble of the
// consumer article read as plain sentences, without participial chains.
func TestFx4kFrenchStyle(t *testing.T) {
	confirmation := apiTOSPhrase{textfmt.EN: "and the terms it attaches include the model withdrawal form", textfmt.FR: ". À l'égard du Consommateur, ce courrier constitue la confirmation du Règlement sur support durable"}
	preamble := apiTOSPhrase{textfmt.EN: "", textfmt.FR: "tels que les définissent les dispositions du Code de la consommation qu'il cite."}
	set := func(v questionnaire.Values) {
		providers13a[1].set(v)
		v["audience"] = "business-and-consumers"
	}
	doc := published12a(t, set)[textfmt.FR]
	if !confirmation.in(doc, "scope-acceptance") {
		t.Error("fr: 2.4 confirmation is not a sentence of its own")
	}
	if !preamble.in(doc, "consumer") {
		t.Error("fr: consumer article preamble")
	}
}

// RK2-21: a code article cited in a template string (the court of 12.2,
// the EPCI articles of 12.5) keeps its part letter and number together,
// as the template text does.
func TestFx4kCodeRefsNoBreak(t *testing.T) {
	doc := published12a(t, providers13a[1].set)
	for l, d := range doc {
		for _, id := range []string{"jurisdiction", "assignment"} {
			for _, plain := range []string{"R. 312-1", "L. 5211-5", "L. 5211-17"} {
				if strings.Contains(clauseText(d, id), plain) {
					t.Errorf("%s: %s has a breakable %q", l, id, plain)
				}
			}
		}
	}
}

// RK2-24: the French title of the Rules keeps « à l’API » together (a
// no-break space), so that the PDF cover never breaks before « l’API »;
// the title of the other providers' terms is unchanged.
func TestFx4kCoverTitleNoBreak(t *testing.T) {
	for _, p := range providers13a {
		for _, model := range []string{"free", "paid"} {
			set := func(v questionnaire.Values) {
				p.set(v)
				v["pricing.model"] = model
			}
			doc := published12a(t, set)[textfmt.FR]
			if got := strings.Contains(doc.Title, "à\u00a0l’API"); got != p.admin {
				t.Errorf("%s %s: title %q", p.name, model, doc.Title)
			}
		}
	}
}
