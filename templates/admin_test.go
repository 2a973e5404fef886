package templates

import (
	"regexp"
	"strings"

	"apitos/internal/document"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// adminVariants give, for the pinned phrases whose wording changes where
// the terms are the rules of an administrative public service (a
// regulatory situation: the User adheres to the Rules, the Provider
// withdraws its access), that wording, keyed by the phrase's French text.
var adminVariants = map[string]apiTOSPhrase{
	phraseFormalNotice[textfmt.FR]: {
		textfmt.EN: "stating expressly that, failing remedy within the period below, the Provider will be entitled to withdraw the User's access",
		textfmt.FR: "en indiquant expressément qu'à défaut d'exécution dans le délai ci-après, le Fournisseur sera en droit de retirer l'accès de l'Utilisateur",
	},
	phrasePriceRefusalEnd[textfmt.FR]: {
		textfmt.EN: "the adherence of that User to the Rules ends, at no cost, on the date that price takes effect or, if later, at the end of the period the User has already paid for",
		textfmt.FR: "l'adhésion de cet Utilisateur au Règlement prend fin, sans frais, à la date d'entrée en vigueur de ce prix ou, si elle est postérieure, au terme de la période que l'Utilisateur a déjà payée",
	},
	phraseGeneralInterest[textfmt.FR]: {
		textfmt.EN: "they do not prevent it from exercising the power it holds under the general rules of public law to withdraw a given User's access, or to modify the Rules, unilaterally on grounds of the general interest",
		textfmt.FR: "elles ne font pas obstacle au pouvoir qu'il tient des règles générales du droit public de retirer l'accès d'un Utilisateur déterminé, ou de modifier le Règlement, unilatéralement pour un motif d'intérêt général",
	},
	phraseConcludedOnAdmission[textfmt.FR]: {
		textfmt.EN: "That acceptance does not amount to adherence to the Rules: the adherence takes effect on the date on which the Provider confirms the admission to the person",
		textfmt.FR: "Cette acceptation ne vaut pas adhésion au Règlement : l'adhésion prend effet à la date à laquelle le Fournisseur confirme à la personne son admission",
	},
	phraseMutualCap[textfmt.FR]: {
		textfmt.EN: "The total liability of each of the Provider and the User under the Rules, for all causes combined, is limited to ",
		textfmt.FR: "La responsabilité totale du Fournisseur comme de l'Utilisateur au titre du Règlement, toutes causes confondues, est limitée ",
	},
	phrasePriceSummaryEnd[textfmt.FR]: {
		textfmt.EN: "if the User does not accept it, the adherence to the Rules ends, at no cost",
		textfmt.FR: "s'il ne l'accepte pas, l'adhésion au Règlement prend fin, sans frais",
	},
	"sur le fondement de la mission d'intérêt public dont il est investi (article 6, paragraphe 1, point e), du RGPD), et non sur celui de l'exécution du Contrat : ce traitement n'est pas la contrepartie de l'accès à l'API, qui n'en dépend pas": {
		textfmt.EN: "on the basis of the task carried out in the public interest with which it is vested (article 6(1)(e) of the GDPR), not on that of the performance of a contract: that processing is not consideration for access to the API, which does not depend on it",
		textfmt.FR: "sur le fondement de la mission d'intérêt public dont il est investi (article 6, paragraphe 1, point e), du RGPD), et non sur celui de l'exécution d'un contrat : ce traitement n'est pas la contrepartie de l'accès à l'API, qui n'en dépend pas",
	},
}

// adminPinned maps each language's pinned string to its administrative
// wording, for checks that pin plain strings.
var adminPinned = map[string]string{
	"may end the Agreement with a given User only on a ground set out in the Agreement":                     "may end a given User's adherence to the Rules only on a ground set out in the Rules",
	"ne peut mettre fin au Contrat conclu avec un Utilisateur déterminé que pour un motif prévu au Contrat": "ne peut mettre fin à l’adhésion d’un Utilisateur déterminé au Règlement que pour un motif prévu au Règlement",
}

// adminWording rewrites a pinned phrase as the templates do for an
// administrative public service: the relationship that begins and ends is
// the User's adherence to the Rules, and the defined term is « Règlement »
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
		{regexp.MustCompile(`\b(the|The) Agreement ends\b`), "${1} adherence to the Rules ends"},
		{regexp.MustCompile(`\bend of the Agreement\b`), "end of the adherence to the Rules"},
		{regexp.MustCompile(`\bthe conclusion of the Agreement\b`), "the adherence to the Rules"},
		{regexp.MustCompile(`\bthe Agreement is concluded\b`), "the User adheres to the Rules"},
		{regexp.MustCompile(`\bsuspend access or terminate the Agreement\b`), "suspend or withdraw access"},
		{regexp.MustCompile(`\bterminates the Agreement\b`), "ends its adherence to the Rules"},
		{regexp.MustCompile(`\bterminate the Agreement\b`), "end its adherence to the Rules"},
		{regexp.MustCompile(`\bAgreement is\b`), "Rules are"},
		{regexp.MustCompile(`\bAgreement has\b`), "Rules have"},
		{regexp.MustCompile(`\bAgreement\b`), "Rules"},
	},
	textfmt.FR: {
		{regexp.MustCompile(`\ble Contrat prend fin\b`), "l'adhésion au Règlement prend fin"},
		{regexp.MustCompile(`\bLe Contrat prend fin\b`), "L'adhésion au Règlement prend fin"},
		{regexp.MustCompile(`\bfin du Contrat\b`), "fin de l'adhésion au Règlement"},
		{regexp.MustCompile(`\bla conclusion du Contrat\b`), "l'adhésion au Règlement"},
		{regexp.MustCompile(`\bqui conclut le Contrat\b`), "qui emporte adhésion au Règlement"},
		{regexp.MustCompile(`\bsuspend l'accès ou ne résilie le Contrat\b`), "suspend ou ne retire l'accès"},
		{regexp.MustCompile(`\brésilie le Contrat\b`), "met fin à son adhésion au Règlement"},
		{regexp.MustCompile(`\brésilier le Contrat\b`), "mettre fin à son adhésion au Règlement"},
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
