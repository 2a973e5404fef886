package templates

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/mdtext"
	"apitos/internal/questionnaire"
	"apitos/internal/render/markdown"
	"apitos/internal/textfmt"
)

// adminVariants give, for the pinned phrases whose wording changes where
// the terms are the rules of an administrative public service (a
// regulatory situation: the User accepts the Rules, the Provider
// withdraws its access), that wording, keyed by the phrase's French text.
var adminVariants = map[string]apiTOSPhrase{
	phraseFormalNotice[textfmt.FR]: {
		textfmt.EN: "stating expressly that, failing remedy within the period below, the Provider will be entitled to withdraw the User's access",
		textfmt.FR: "en indiquant expressément qu'à défaut d'exécution dans le délai ci-après, le Fournisseur sera en droit de retirer l'accès de l'Utilisateur",
	},
	phraseGeneralInterest[textfmt.FR]: {
		textfmt.EN: "they do not prevent it from exercising the power it holds under the general rules of public law to modify the Rules on grounds of the general interest, or to withdraw a given User's access on grounds of the general interest relating to the security or the working of the service, by a reasoned decision taken as provided in the last paragraph of",
		textfmt.FR: "elles ne font pas obstacle au pouvoir qu'il tient des règles générales du droit public de modifier le Règlement pour un motif d'intérêt général, ni de retirer l'accès d'un Utilisateur déterminé pour un motif d'intérêt général tenant à la sécurité ou au fonctionnement du service, par une décision motivée prise dans les conditions du dernier alinéa de",
	},
	phraseConcludedOnAdmission[textfmt.FR]: {
		textfmt.EN: "That acceptance does not by itself make the person a User: the Registration takes effect on the date on which the Provider confirms the admission to the person",
		textfmt.FR: "Cette acceptation ne vaut pas adhésion au Règlement : l'Inscription prend effet à la date à laquelle le Fournisseur confirme à la personne son admission",
	},
	phraseMutualCap[textfmt.FR]: {
		textfmt.EN: "The total liability of each of the Provider and the User under the Rules, for all causes combined, is limited to ",
		textfmt.FR: "La responsabilité totale du Fournisseur comme de l'Utilisateur au titre du Règlement, toutes causes confondues, est limitée ",
	},
	// The Rules are ended, not terminated or rescinded (review M, M-3).
	phrase12cBreachEnds[textfmt.FR]: {
		textfmt.EN: "because the User ends its Registration on account of a breach by the Provider.",
		textfmt.FR: "par la fin de l'Inscription à laquelle procède l'Utilisateur en raison d'un manquement du Fournisseur.",
	},
	phrasePriceSummaryEnd[textfmt.FR]: {
		textfmt.EN: "if the User does not accept it, the User's Registration ends, at no cost",
		textfmt.FR: "s'il ne l'accepte pas, l'Inscription prend fin, sans frais",
	},
	"sur le fondement de la mission d'intérêt public dont il est investi (article 6, paragraphe 1, point e), du RGPD), et non sur celui de l'exécution du Contrat : ce traitement n'est pas la contrepartie de l'accès à l'API, qui n'en dépend pas": {
		textfmt.EN: "on the basis of the task carried out in the public interest with which it is vested (article 6(1)(e) of the GDPR), not on that of the performance of a contract: that processing is not consideration for access to the API, which does not depend on it",
		textfmt.FR: "sur le fondement de la mission d'intérêt public dont il est investi (article 6, paragraphe 1, point e), du RGPD), et non sur celui de l'exécution d'un contrat : ce traitement n'est pas la contrepartie de l'accès à l'API, qui n'en dépend pas",
	},
}

// adminPinned maps each language's pinned string to its administrative
// wording, for checks that pin plain strings.
var adminPinned = map[string]string{
	"may end the Agreement with a given User only on a ground set out in the Agreement":                     "may end a given User's Registration only on a ground set out in the Rules",
	"ne peut mettre fin au Contrat conclu avec un Utilisateur déterminé que pour un motif prévu au Contrat": "ne peut mettre fin à l’Inscription d’un Utilisateur déterminé que pour un motif prévu au Règlement",
}

// adminWording rewrites a pinned phrase as the templates do for an
// administrative public service: the relationship that begins and ends is
// the User's Registration (its acceptance of the Rules), and the defined term is « Règlement »
// or "Rules", whose English verbs are plural.
func adminWording(l textfmt.Lang, s string) string {
	for _, r := range adminRewrites[l] {
		s = r.from.ReplaceAllString(s, r.to)
	}
	return s
}

type rewrite struct {
	from *regexp.Regexp
	to   string
}

var adminRewrites = map[textfmt.Lang][]rewrite{
	textfmt.EN: {
		{regexp.MustCompile(`\bit does not govern the download\b`), "they do not govern the download"},
		{regexp.MustCompile(`^of accepting it$`), "of accepting them"},
		{regexp.MustCompile(`^of its conclusion$`), "of the confirmation of the Consumer's admission"},
		{regexp.MustCompile(`\b(the|The) Agreement ends\b`), "${1} User's Registration ends"},
		{regexp.MustCompile(`\bend of the Agreement\b`), "end of the User's Registration"},
		{regexp.MustCompile(`\b(not on that of|not on|never on) the performance of the Agreement\b`), "${1} the performance of a contract"},
		{regexp.MustCompile(`\bthe conclusion of the Agreement\b`), "the taking effect of the User's Registration"},
		{regexp.MustCompile(`\bthe Agreement is concluded\b`), "the User's Registration takes effect"},
		{regexp.MustCompile(`\bsuspend access or terminate the Agreement\b`), "suspend or withdraw access"},
		{regexp.MustCompile(`\bterminates the Agreement\b`), "ends its Registration"},
		{regexp.MustCompile(`\bterminate the Agreement\b`), "end its Registration"},
		{regexp.MustCompile(`\bAgreement is\b`), "Rules are"},
		{regexp.MustCompile(`\bAgreement has\b`), "Rules have"},
		{regexp.MustCompile(`\bAgreement\b`), "Rules"},
	},
	textfmt.FR: {
		{regexp.MustCompile(`limitativement, lorsqu'il prend fin`), "limitativement, lorsqu'elle prend fin"},
		{regexp.MustCompile(`\ble Contrat prend fin\b`), "l'Inscription prend fin"},
		{regexp.MustCompile(`\bLe Contrat prend fin\b`), "L'Inscription prend fin"},
		{regexp.MustCompile(`\bfin du Contrat\b`), "fin de l'Inscription"},
		{regexp.MustCompile(`\b(non sur celui de|non sur|jamais sur) l'exécution du Contrat\b`), "${1} l'exécution d'un contrat"},
		{regexp.MustCompile(`\bla conclusion du Contrat\b`), "la prise d'effet de l'Inscription"},
		{regexp.MustCompile(`\bqui conclut le Contrat\b`), "qui emporte adhésion au Règlement"},
		{regexp.MustCompile(`\bsuspend l'accès ou ne résilie le Contrat\b`), "suspend ou ne retire l'accès"},
		{regexp.MustCompile(`\brésilie le Contrat\b`), "met fin à son Inscription"},
		{regexp.MustCompile(`\brésilier le Contrat\b`), "mettre fin à son Inscription"},
		{regexp.MustCompile(`\bContrat\b`), "Règlement"},
	},
}

// administrativeValues reports whether the answers v make the provider a
// public body running an administrative public service.
func administrativeValues(v questionnaire.Values) bool {
	return v["provider.type"] == "public-body" && v["provider.public_activity"] != "industrial-commercial"
}

// administrativeDoc reports whether doc is the rules of an administrative
// public service: its definitions define « Règlement » or "Rules".
func administrativeDoc(doc *document.Document) bool {
	defs := clauseText(doc, "definitions")
	return strings.Contains(defs, textfmt.Typeset(textfmt.FR, "« Règlement »")) || strings.Contains(defs, "“Rules”")
}

// forDoc is the phrase in doc's language, in its administrative wording
// where doc is the rules of an administrative public service.
func (p apiTOSPhrase) forDoc(doc *document.Document) string {
	if administrativeDoc(doc) {
		if v, ok := adminVariants[p[textfmt.FR]]; ok {
			return v[doc.Lang]
		}
		return adminWording(doc.Lang, p[doc.Lang])
	}
	return p[doc.Lang]
}

// pinnedFor is s, or its administrative wording where doc is the rules of
// an administrative public service.
func pinnedFor(doc *document.Document, s string) string {
	if administrativeDoc(doc) {
		if v, ok := adminPinned[s]; ok {
			return v
		}
		return adminWording(doc.Lang, s)
	}
	return s
}

// adminPhrases are the sentences that an administrative public service's
// terms carry, and a company's never, in each clause.
var adminPhrases = []struct {
	id, why string
	p       apiTOSPhrase
}{
	{"definitions", "the Rules defined once", apiTOSPhrase{
		textfmt.EN: "means these terms, including their annexes, together with the Annex A Documents, which are the rules of the administrative public service",
		textfmt.FR: "désigne les présentes conditions, annexes comprises, ainsi que les Documents de l'annexe A, qui constituent le règlement du service public administratif",
	}},
	{"jurisdiction", "the recours gracieux that extends the time limit (CRPA L. 411-2)", apiTOSPhrase{
		textfmt.EN: "an application for review to the Provider (recours gracieux). Brought within the two-month time limit for an action before the court, that administrative appeal interrupts the time limit, which runs again from the express or implied decision rejecting it, silence kept for two months amounting to rejection (article L. 411-2 of the French Code of Relations between the Public and the Administration; articles R. 421-1 and R. 421-2 of the French Code of Administrative Justice). That appeal is optional",
		textfmt.FR: "un recours gracieux auprès du Fournisseur. Formé dans le délai de deux mois du recours contentieux, ce recours administratif interrompt ce délai, qui court à nouveau à compter de la décision, expresse ou implicite, qui le rejette, le silence gardé pendant deux mois valant rejet (article L. 411-2 du Code des relations entre le public et l'administration ; articles R. 421-1 et R. 421-2 du Code de justice administrative). Ce recours est facultatif",
	}},
	{"jurisdiction", "a claim for money first sent to the Provider (CJA R. 421-1)", apiTOSPhrase{
		textfmt.EN: "only the express or implied decision taken on that claim may be brought before the administrative court",
		textfmt.FR: "la décision, expresse ou implicite, prise sur cette demande peut seule être déférée au juge administratif",
	}},
	{"assignment", "the successor public person substituted by operation of law (CGCT L. 5211-5, L. 5211-17)", apiTOSPhrase{
		textfmt.EN: "5211-17 of the French General Code of Local Authorities), that person is substituted for the Provider in the Rules by operation of law, on the date of the transfer, without any assignment or consent of the User",
		textfmt.FR: "5211-17 du Code général des collectivités territoriales), celle-ci est substituée de plein droit au Fournisseur dans le Règlement, à la date du transfert, sans cession ni accord de l'Utilisateur",
	}},
	{"term-provider", "closure without compensation as such, liability for breaches kept", apiTOSPhrase{
		textfmt.EN: "gives, as such, no right to compensation",
		textfmt.FR: "n'ouvre, par elle-même, droit à aucune indemnité",
	}},
	{"term-provider", "closure without compensation as such, liability for breaches kept", apiTOSPhrase{
		textfmt.EN: "for any breach of its commitments under this article, such as a closure without the notice provided",
		textfmt.FR: "des manquements aux engagements que prévoit le présent article, tels qu'une fermeture sans le préavis prévu",
	}},
	{"term-user", "the User ends its acceptance", apiTOSPhrase{
		textfmt.EN: "The User may end its Registration at any time",
		textfmt.FR: "L'Utilisateur peut mettre fin à son Inscription à tout moment",
	}},
	{"term-breach", "the Provider withdraws access, not under article 1226", apiTOSPhrase{
		textfmt.EN: "the Provider may withdraw that User's access by a notice sent by e-mail that states its reasons",
		textfmt.FR: "le Fournisseur peut retirer l'accès de cet Utilisateur par une notification adressée par courrier électronique, qui en indique les motifs",
	}},
}

// companyPhrases are the contract's sentences, which a company's terms
// keep unchanged and an administrative public service's terms never carry.
var companyPhrases = []struct {
	id, why string
	p       apiTOSPhrase
}{
	{"definitions", "the Agreement defined", apiTOSPhrase{
		textfmt.EN: "means these terms, including their annexes, together with the Annex A Documents.",
		textfmt.FR: "désigne les présentes conditions, annexes comprises, ainsi que les Documents de l'annexe A.",
	}},
	{"jurisdiction", "the amicable step between the parties", apiTOSPhrase{
		textfmt.EN: "The parties shall seek an amicable settlement of any dispute arising from the Agreement for",
		textfmt.FR: "Les parties recherchent une solution amiable à tout litige né du Contrat pendant un délai de",
	}},
	{"assignment", "the assignment of the Agreement (C. civ. 1216)", apiTOSPhrase{
		textfmt.EN: "The User may not assign the Agreement without the Provider's prior written consent. The User consents now, under article 1216, second paragraph, of the French Civil Code",
		textfmt.FR: "L'Utilisateur ne peut céder le Contrat sans l'accord écrit préalable du Fournisseur. L'Utilisateur consent dès à présent, en application de l'article 1216, alinéa 2, du Code civil",
	}},
	{"term-breach", "termination under article 1226", apiTOSPhrase{
		textfmt.EN: "the Provider may terminate the Agreement with that User by a notice sent by e-mail that states its reasons, as provided in article 1226 of the French Civil Code",
		textfmt.FR: "le Fournisseur peut résilier le Contrat conclu avec cet Utilisateur par une notification adressée par courrier électronique, qui en indique les motifs, conformément à l'article 1226 du Code civil",
	}},
	{"liability-limit", "each party's liability", apiTOSPhrase{
		textfmt.EN: "Each party is liable only for the direct and foreseeable consequences of its breaches.",
		textfmt.FR: "Chaque partie n'est tenue que des conséquences directes et prévisibles de ses manquements.",
	}},
}

// agreementWord finds the contract's defined term, which the Rules of an
// administrative public service never use.
var agreementWord = map[textfmt.Lang]*regexp.Regexp{
	textfmt.EN: regexp.MustCompile(`\bAgreement\b|\b(a|the|each|either|both|other|Each|Neither|The|A) (party|parties|party's)\b`),
	textfmt.FR: regexp.MustCompile(`\bContrat\b|\bpartie au\b|\b(les|des|une|chaque|Les|Chaque|Aucune|La) parties?\b`),
}

// A commune running an administrative public service publishes its API
// terms as the service's Rules, in both languages: the defined term is
// used throughout, the User accepts the Rules and ends that acceptance, the amicable
// step is the recours gracieux (CRPA L. 411-2), a successor public person
// takes over by operation of law, and closing the API gives no
// compensation as such; a company's terms keep the contract's wording.
func TestAdminRules(t *testing.T) {
	for _, admin := range []bool{true, false} {
		for _, price := range []string{"free", "paid"} {
			docs := published12a(t, func(v questionnaire.Values) {
				if admin {
					v["provider.type"], v["provider.name"] = "public-body", "Commune de Saint-Malo"
					v["provider.legal_form"] = "commune"
					v["provider.public_activity"], v["provider.public_category"] = "administrative", "local"
				} else {
					v["provider.type"], v["provider.name"] = "company", providerNames["company"]
				}
				v["pricing.model"], v["audience"] = price, "business-and-consumers"
				v["liability.cap"] = "amount"
				v["consumer.mediator_name"] = "Médiateur de la ville"
			})
			if len(docs) != 2 {
				t.Fatalf("documents in %d languages, want 2", len(docs))
			}
			for l, doc := range docs {
				what := fmt.Sprintf("%s admin=%v %s", l, admin, price)
				if got := administrativeDoc(doc); got != admin {
					t.Fatalf("%s: administrative rules %v, want %v", what, got, admin)
				}
				for _, c := range adminPhrases {
					if c.p.in(doc, c.id) != admin {
						t.Errorf("%s: %s: clause %s says %q: %v", what, c.why, c.id, c.p[l], !admin)
					}
				}
				for _, c := range companyPhrases {
					if c.p.in(doc, c.id) != !admin && (admin || c.id != "liability-limit") {
						t.Errorf("%s: %s: clause %s says %q: %v", what, c.why, c.id, c.p[l], admin)
					}
				}
				if !admin {
					continue
				}
				for _, c := range doc.Clauses {
					if m := agreementWord[l].FindString(mdtext.Plain(c.Body)); m != "" {
						p := mdtext.Plain(c.Body)
						i := agreementWord[l].FindStringIndex(p)
						t.Errorf("%s: clause %s still speaks of %q: …%s…", what, c.ID, m, p[max(0, i[0]-150):min(len(p), i[1]+60)])
					}
				}
				if m := agreementWord[l].FindString(mdtext.Plain(doc.Front)); m != "" {
					t.Errorf("%s: the summary still speaks of %q", what, m)
				}
			}
		}
	}
}

// The Licence Ouverte bears one name and one address in both languages.
func TestAdminLicenceOuverteName(t *testing.T) {
	docs := published12a(t, func(v questionnaire.Values) {
		v["provider.type"], v["provider.name"] = "public-body", "Commune de Saint-Malo"
		v["provider.public_activity"], v["provider.public_category"] = "administrative", "local"
		v["conditions.specification"] = "licence-ouverte"
	})
	name := "Licence Ouverte / Open Licence version 2.0 (<https://www.etalab.gouv.fr/wp-content/uploads/2017/04/ETALAB-Licence-Ouverte-v2.0.pdf>)"
	for l, doc := range docs {
		if !strings.Contains(clauseText(doc, "spec-licence-ouverte"), name) {
			t.Errorf("%s: the specification's licence is not named %q", l, name)
		}
		if !strings.Contains(clauseText(doc, "summary"), "Licence Ouverte / Open Licence version 2.0") {
			t.Errorf("%s: the summary names the Licence Ouverte otherwise", l)
		}
		md := string(markdown.Render(doc))
		for _, old := range []string{"Open Licence 2.0", "Licence Ouverte 2.0", "Licence Ouverte, Etalab"} {
			if strings.Contains(md, old) {
				t.Errorf("%s: the terms still name the licence %q", l, old)
			}
		}
	}
}
