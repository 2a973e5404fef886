package templates

import (
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// The causes of an end of the Agreement not attributable to the User are
// listed once, at the end of the effects of termination, and the refunds
// of prepaid sums cite that list instead of restating it (so that the two
// can never diverge).
var (
	phraseEndsListOpens = apiTOSPhrase{
		textfmt.EN: "the Agreement ends for a cause not attributable to the User, exhaustively, when it ends:\n\n1. because the Provider closes the API",
		textfmt.FR: "le Contrat prend fin pour une cause qui n'est pas imputable à l'Utilisateur, limitativement, lorsqu'il prend fin :\n\n1. en raison de la fermeture de l'API par le Fournisseur",
	}
	phraseRefundsCiteList = apiTOSPhrase{
		textfmt.EN: "When the Agreement ends for one of the causes not attributable to the User that",
		textfmt.FR: "Lorsque le Contrat prend fin pour l'une des causes non imputables à l'Utilisateur qu'énumère limitativement",
	}
	// A cause of the list, restated in the payment clause, would be a
	// second list.
	phraseEndsForceMajeure = apiTOSPhrase{
		textfmt.EN: "because of force majeure",
		textfmt.FR: "en raison d'une force majeure",
	}
	phraseDeletionCitesList = apiTOSPhrase{
		textfmt.EN: "not due where the Agreement ends for one of the causes not attributable to the User listed at the end of this article",
		textfmt.FR: "lorsque le Contrat prend fin pour l'une des causes non imputables à l'Utilisateur énumérées à la fin du présent article",
	}
	phraseDeletionDuty = apiTOSPhrase{
		textfmt.EN: "the User shall delete",
		textfmt.FR: "l'Utilisateur supprime",
	}
	phraseDeleteReturnedPersonal = apiTOSPhrase{
		textfmt.EN: "the User shall delete the Personal Data that the API has communicated to it",
		textfmt.FR: "l'Utilisateur supprime les Données personnelles que l'API lui a communiquées",
	}
	phraseDeleteCommercialData = apiTOSPhrase{
		textfmt.EN: "the Data it holds, except those it keeps with its own records",
		textfmt.FR: "les Données qu'il détient, à l'exception de celles qu'il conserve en association avec ses propres enregistrements",
	}
	// The exceptions to the deprecation promise and to the closure notice:
	// the dissolution of an association or cooperative, and a cessation
	// of a sole trader's business that the trader has not decided.
	exceptDissolutionDeprecation = apiTOSPhrase{
		textfmt.EN: "or on a dissolution of the Provider ordered by a court, as provided in",
		textfmt.FR: "ou dissolution du Fournisseur imposée par une décision de justice, dans les conditions de l'",
	}
	exceptDissolutionSummary = apiTOSPhrase{
		textfmt.EN: "save on a dissolution of the Provider ordered by a court, including in judicial liquidation, which allows an earlier closure",
		textfmt.FR: "sauf dissolution du Fournisseur imposée par une décision de justice, notamment une liquidation judiciaire, qui permet une fermeture plus rapide",
	}
	exceptDissolutionClosure = apiTOSPhrase{
		textfmt.EN: "save on a dissolution of the Provider ordered by a court, as provided in",
		textfmt.FR: "sauf dissolution du Fournisseur imposée par une décision de justice, dans les conditions de l'",
	}
	exceptCessationDeprecation = apiTOSPhrase{
		textfmt.EN: "or on a cessation of the Provider's business that the Provider has not decided, in particular on the Provider's death or incapacity, as provided in",
		textfmt.FR: "ou cessation de l'activité du Fournisseur sans qu'il l'ait décidée, notamment par suite de son décès ou d'une incapacité, dans les conditions de l'",
	}
	exceptCessationSummary = apiTOSPhrase{
		textfmt.EN: "save on a cessation of the Provider's business that the Provider has not decided, in particular on the Provider's death or incapacity, which allows an earlier closure",
		textfmt.FR: "sauf cessation de l'activité du Fournisseur sans qu'il l'ait décidée, notamment par suite de son décès ou d'une incapacité, qui permet une fermeture plus rapide",
	}
	exceptCessationClosure = apiTOSPhrase{
		textfmt.EN: "save on a cessation of the Provider's business that the Provider has not decided, as provided in",
		textfmt.FR: "sauf cessation de l'activité du Fournisseur sans qu'il l'ait décidée, dans les conditions de l'",
	}
	cessationBeforeWithdrawal = apiTOSPhrase{
		textfmt.EN: "even before the date until which a deprecated version was to remain available under",
		textfmt.FR: "même avant la date jusqu'à laquelle une version déclarée obsolète devait rester disponible en application de l'",
	}
	// The User's uncapped indemnity covers listed facts of its own, not
	// any breach (article 1171 C. civ., L. 442-1, I, 2° C. com.).
	phraseIndemnityAnyBreach = apiTOSPhrase{
		textfmt.EN: "based on a breach by the User of its obligations under the Agreement",
		textfmt.FR: "fondée sur un manquement de l'Utilisateur à ses obligations au titre du Contrat",
	}
	phraseIndemnityListed = apiTOSPhrase{
		textfmt.EN: "in so far as it is based on one of the following facts",
		textfmt.FR: "dans la mesure où elle est fondée sur l'un des faits suivants",
	}
	phraseIndemnityContributions = apiTOSPhrase{
		textfmt.EN: "the User is in breach of the warranty that it gives on its Contributions under",
		textfmt.FR: "l'Utilisateur manque à la garantie qu'il donne sur ses Contributions en application de l'",
	}
	phraseIndemnityData = apiTOSPhrase{
		textfmt.EN: "the User reuses the Data in breach of",
		textfmt.FR: "l'Utilisateur réutilise les Données en méconnaissance de l'",
	}
	phraseIndemnityNotProviders = apiTOSPhrase{
		textfmt.EN: "This indemnity does not extend to a claim in so far as it results from a breach by the Provider",
		textfmt.FR: "Cette garantie ne s'étend pas à la réclamation dans la mesure où elle résulte d'un manquement du Fournisseur",
	}
	phraseIndemnityMitigate = apiTOSPhrase{
		textfmt.EN: "and takes the reasonable measures available to it to limit its loss",
		textfmt.FR: "et prenne les mesures raisonnables à sa disposition pour limiter son préjudice",
	}
)

// Across provider type × price × prepaid sums × data licence × returned
// personal data, in both languages: the causes of an end not attributable
// to the User are listed once, in the effects of termination, where a
// refund or a deletion depends on them; the refunds cite that list; a
// deletion is imposed only where it has an object; the dissolution and
// death-or-incapacity exceptions are stated alike in the deprecation
// clause, the closure clause and the summary where they apply, and
// never otherwise; the User's indemnity is confined to listed facts.
func TestAPITOSEndingsWalk(t *testing.T) {
	for _, typ := range []string{"company", "individual", "organisation"} {
		for _, price := range []string{"free", "paid"} {
			prepaids := []string{""}
			if price == "paid" {
				prepaids = []string{"period-end", "refund"}
			}
			for _, prepaid := range prepaids {
				for _, data := range []string{"open-reuse", "open-data-licence", "commercial"} {
					for _, returns := range []bool{true, false} {
						checkEndings(t, typ, price, prepaid, data, returns)
					}
				}
			}
		}
	}
}

func checkEndings(t *testing.T, typ, price, prepaid, data string, returns bool) {
	t.Helper()
	docs := assembleAPITOS(t, func(v questionnaire.Values) {
		v["provider.type"], v["provider.name"] = typ, providerNames[typ]
		v["pricing.model"], v["conditions.data"] = price, data
		if prepaid != "" {
			v["pricing.prepaid"] = prepaid
		}
		v["personal_data.processed"], v["personal_data.returns"] = true, returns
		if price == "free" && v["liability.cap"] == "fees" {
			v["liability.cap"] = "amount"
		}
	})
	paid := price == "paid"
	deletion := returns || data == "commercial"
	dissolvable := typ == "organisation"
	individual := typ == "individual"
	for l, doc := range docs {
		what := strings.Join([]string{string(l), typ, price, prepaid, data}, " ")
		if !returns {
			what += " no-personal-data-returned"
		}
		must := func(p apiTOSPhrase, id string, want bool, why string) {
			t.Helper()
			if p.in(doc, id) != want {
				t.Errorf("%s: %s: clause %s says %q: %v", what, why, id, p[l], !want)
			}
		}
		// One list, in the effects of termination.
		must(phraseEndsListOpens, "term-effects", paid || deletion, "the causes of an end not attributable to the User not listed where a refund or a deletion depends on them")
		must(phraseEndsListOpens, "access-payment", false, "a second list of the causes in the payment clause")
		must(phraseEndsForceMajeure, "access-payment", false, "a cause restated in the payment clause")
		must(phraseRefundsCiteList, "access-payment", paid, "refunds that do not cite the list")
		if payment, ok := doc.Clause("access-payment"); ok != paid || ok && !refersTo(payment, "term-effects") {
			t.Errorf("%s: the refunds of prepaid sums do not refer to the effects of termination", what)
		}
		effects, _ := doc.Clause("term-effects")
		if (paid || deletion) && (refersTo(effects, "term-continuity") != dissolvable || refersTo(effects, "term-cessation") != individual) {
			t.Errorf("%s: the list of causes and the end of the Provider: dissolution %v, cessation %v", what, refersTo(effects, "term-continuity"), refersTo(effects, "term-cessation"))
		}
		// A deletion only where it has an object.
		must(phraseDeletionDuty, "term-effects", deletion, "a deletion duty that applies to nothing, or none where one is due")
		must(phraseDeleteReturnedPersonal, "term-effects", returns, "a deletion of returned personal data where the API returns none")
		must(phraseDeleteCommercialData, "term-effects", data == "commercial", "a deletion of openly licensed Data")
		must(phraseDeletionCitesList, "term-effects", deletion, "a deletion whose exceptions do not cite the list")
		// The end of the Provider: identical exceptions everywhere they apply.
		must(exceptDissolutionDeprecation, "change-deprecation", dissolvable, "the dissolution exception in the deprecation clause")
		must(exceptDissolutionSummary, "summary", dissolvable, "the dissolution exception in the summary")
		must(exceptDissolutionClosure, "term-provider", dissolvable, "the dissolution exception in the closure clause")
		must(exceptCessationDeprecation, "change-deprecation", individual, "the death-or-incapacity exception in the deprecation clause")
		must(exceptCessationSummary, "summary", individual, "the death-or-incapacity exception in the summary")
		must(exceptCessationClosure, "term-provider", individual, "the death-or-incapacity exception in the closure clause")
		must(cessationBeforeWithdrawal, "term-cessation", individual, "a cessation clause silent on the deprecated versions")
		for _, id := range []string{"change-deprecation", "summary", "term-provider"} {
			c, _ := doc.Clause(id)
			if refersTo(c, "term-continuity") != dissolvable || refersTo(c, "term-cessation") != individual {
				t.Errorf("%s: %s refers to the continuity clause %v and to the cessation clause %v", what, id, refersTo(c, "term-continuity"), refersTo(c, "term-cessation"))
			}
		}
		// The indemnity.
		must(phraseIndemnityAnyBreach, "liability-indemnity", false, "an indemnity for any breach")
		must(phraseIndemnityListed, "liability-indemnity", true, "an indemnity not confined to listed facts")
		must(phraseIndemnityData, "liability-indemnity", data == "commercial", "an indemnity for a reuse of Data that no licence restricts")
		must(phraseIndemnityContributions, "liability-indemnity", false, "an indemnity on Contributions that are not published")
		must(phraseIndemnityNotProviders, "liability-indemnity", true, "an indemnity that reaches the Provider's own breach")
		must(phraseIndemnityMitigate, "liability-indemnity", true, "an indemnity without the Provider's duty to limit its loss")
	}
}

// A public body's Data that are public information remain free to reuse
// (CRPA, art. L. 321-1): the deletion of commercially licensed Data at
// the end of the Agreement spares them, and the public body keeps the
// conduct of its defence under the narrowed indemnity.
func TestAPITOSEndingsPublicBody(t *testing.T) {
	spared := apiTOSPhrase{
		textfmt.EN: "Data that are public information are not subject to that deletion",
		textfmt.FR: "les Données qui constituent des informations publiques ne sont pas soumises à cette suppression",
	}
	keeps := apiTOSPhrase{
		textfmt.EN: "involves it in the defence, whose conduct the Provider keeps, and settles for a sum charged to the User only with the User's consent, which may not be refused without a legitimate reason, and takes the reasonable measures",
		textfmt.FR: "l'associe à sa défense, dont le Fournisseur conserve la conduite, et ne transige pour une somme mise à la charge de l'Utilisateur qu'avec l'accord de celui-ci, qui ne peut être refusé sans motif légitime, et prenne les mesures raisonnables",
	}
	for _, public := range []bool{true, false} {
		docs := assembleAPITOS(t, func(v questionnaire.Values) {
			v["conditions.data"] = "commercial"
			if public {
				v["provider.type"], v["provider.name"] = "public-body", providerNames["public-body"]
				v["provider.legal_form"] = "établissement public local à caractère industriel et commercial (EPIC)"
				v["prevailing_language"] = "fr"
				// Only a buyer under a public contract gives the
				// indemnity of an administrative service (review M2-2).
				v["pricing.model"] = "paid"
			}
		})
		for l, doc := range docs {
			if spared.in(doc, "term-effects") != public {
				t.Errorf("%s public=%v: public information spared from deletion: %v", l, public, !public)
			}
			if keeps.in(doc, "liability-indemnity") != public {
				t.Errorf("%s public=%v: the public person's defence: %v", l, public, !public)
			}
			if !phraseIndemnityData.in(doc, "liability-indemnity") {
				t.Errorf("%s public=%v: the indemnity omits the reuse of commercially licensed Data", l, public)
			}
		}
	}
}
