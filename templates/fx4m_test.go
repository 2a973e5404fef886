package templates

import (
	"testing"

	"apitos/internal/document"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// Review RM (a regional EPIC selling a paid real-time traffic API to
// businesses): the mechanisms written for a commune or an EPCI are
// printed only for them, and an industrial and commercial public service
// is not treated as a task carried out in the public interest.

// fx4mBody is a public body of the given category, legal form and
// activity, selling paid access to businesses; its revenue is collected
// by its public accountant.
func fx4mBody(t *testing.T, category, form, activity string, set map[string]any) map[textfmt.Lang]*document.Document {
	t.Helper()
	k, _ := Lookup("api-tos")
	all := map[string]any{
		"provider.legal_form":      form,
		"provider.public_category": category,
		"provider.public_activity": activity,
		"audience":                 "business",
	}
	for key, x := range set {
		all[key] = x
	}
	return fxadm2Docs(t, k, fxadm2Commune(t, k, all))
}

// fx4mBodies are the public bodies every test walks: a commune, a
// region, a local EPIC, a national establishment and another public
// person, each with both kinds of public service.
var fx4mBodies = []struct{ category, form string }{
	{"local", "commune"},
	{"local", "région"},
	{"local", "établissement public local à caractère industriel et commercial"},
	{"state", "établissement public de l'État à caractère administratif"},
	{"other", "groupement d'intérêt public"},
}

var fx4mActivities = []string{"administrative", "industrial-commercial"}

// RM-2, RM-21: the EPCI and the commune nouvelle are cited for a commune
// only; every other public body is succeeded by the person that the act
// of dissolution, merger or reorganisation designates.
func TestFx4mSuccession(t *testing.T) {
	epci := apiTOSPhrase{textfmt.EN: "public establishment for inter-municipal cooperation (EPCI", textfmt.FR: "établissement public de coopération intercommunale (articles"}
	newCommune := apiTOSPhrase{textfmt.EN: "such as by the creation of a new commune (commune nouvelle", textfmt.FR: "telle la création d'une commune nouvelle"}
	merger := apiTOSPhrase{textfmt.EN: "where the Provider becomes part of a new commune", textfmt.FR: "lorsque le Fournisseur est intégré à une commune nouvelle"}
	dissolved := apiTOSPhrase{textfmt.EN: "The same applies where the Provider is dissolved, merged with other public persons or reorganised: the public person that the act doing so designates is substituted for the Provider", textfmt.FR: "Il en va de même en cas de dissolution du Fournisseur, de son regroupement avec d'autres personnes publiques ou de sa réorganisation : la personne publique que désigne l'acte qui y procède lui est substituée de plein droit"}
	continuity := apiTOSPhrase{textfmt.EN: "or the Provider is merged with other public persons, dissolved or reorganised, the public person that succeeds it", textfmt.FR: "ou de regroupement du Fournisseur avec d'autres personnes publiques, de sa dissolution ou de sa réorganisation, la personne publique qui lui succède"}
	for _, b := range fx4mBodies {
		for _, a := range fx4mActivities {
			commune := b.form == "commune"
			fxadm2Expect(t, b.form+" "+a, fx4mBody(t, b.category, b.form, a, nil), []fxadm2Check{
				{"EPCI", "assignment", epci, commune},
				{"commune nouvelle", "term-continuity", newCommune, commune},
				{"merged into a commune nouvelle", "assignment", merger, commune},
				{"designated by the act", "assignment", dissolved, !commune},
				{"dissolution in 10.5", "term-continuity", continuity, !commune},
			})
		}
	}
	fxadm2Expect(t, "company", fxadm2Docs(t, mustKind(t, "api-tos"), exampleValues(t, mustKind(t, "api-tos"))), []fxadm2Check{
		{"no public succession", "assignment", dissolved, false},
		{"no public continuity", "term-continuity", continuity, false},
	})
}

var _ = questionnaire.Translated{}

// RM-4, RM-19, RM-23: a revenue order of an industrial and commercial
// public service is contested before the judicial courts, except by a
// buyer that is a legal person governed by public law, whose disputes go
// to the administrative courts as 11.2 says; an administrative public
// service keeps its own route.
func TestFx4mRevenueOrderCourts(t *testing.T) {
	except := apiTOSPhrase{textfmt.EN: "since the API is provided as an industrial and commercial public service, except where the User is a buyer that is a legal person governed by public law, whose disputes fall within the jurisdiction of the administrative courts (Article", textfmt.FR: "dès lors que l'API est fournie au titre d'un service public industriel et commercial, sauf lorsque l'Utilisateur est un acheteur personne morale de droit public, dont les litiges relèvent de la juridiction administrative (article"}
	calque := apiTOSPhrase{textfmt.EN: "judicial order", textfmt.FR: "le Fournisseur fournissant l'API au titre"}
	for _, b := range fx4mBodies {
		for _, a := range fx4mActivities {
			spic := a == "industrial-commercial"
			fxadm2Expect(t, b.form+" "+a, fx4mBody(t, b.category, b.form, a, nil), []fxadm2Check{
				{"public buyer excepted", "access-payment", except, spic},
				{"no calque", "access-payment", calque, false},
			})
		}
	}
}

// RM-7, RM-20, RM-22: VAT charged is added, not "where the Provider is
// liable"; the English text speaks of late-payment penalties, as the
// French and article L. 441-10 do; prices "pay for" the service.
func TestFx4mPriceWording(t *testing.T) {
	added := apiTOSPhrase{textfmt.EN: "except where the supply is taxable in another State, as set out below.", textfmt.FR: "sauf lorsque la prestation est imposable dans un autre État, comme il est dit ci-après."}
	liable := apiTOSPhrase{textfmt.EN: "where the Provider is liable for it", textfmt.FR: "lorsque le Fournisseur en est redevable"}
	penalties := apiTOSPhrase{textfmt.EN: "late-payment penalties at the rate that the European Central Bank", textfmt.FR: "pénalités de retard au taux appliqué par la Banque centrale européenne"}
	interest := apiTOSPhrase{textfmt.EN: "late-payment interest at the rate", textfmt.FR: "intérêts de retard au taux appliqué"}
	payFor := apiTOSPhrase{textfmt.EN: "Those prices pay for the service that the API provides", textfmt.FR: "Ces prix rémunèrent le service que fournit l'API"}
	k := mustKind(t, "api-tos")
	company := exampleValues(t, k)
	company["pricing.model"], company["pricing.vat"] = "paid", "charged"
	fxadm2Expect(t, "company", fxadm2Docs(t, k, company), []fxadm2Check{
		{"VAT added", "access-payment", added, true},
		{"no liable", "access-payment", liable, false},
		{"penalties", "access-payment", penalties, true},
		{"no interest", "access-payment", interest, false},
	})
	spic := fx4mBody(t, "local", "établissement public local à caractère industriel et commercial", "industrial-commercial", map[string]any{"pricing.vat": "charged", "provider.vat_number": "FR19812345676"})
	fxadm2Expect(t, "EPIC", spic, []fxadm2Check{
		{"VAT added", "access-payment", added, true},
		{"penalties", "access-payment", penalties, true},
		{"no interest", "access-payment", interest, false},
		{"pay for", "access-price", payFor, true},
	})
}

// RM-3: the publication and transmission rules of the General Code of
// Local Authorities are printed for a commune, a département or a région
// only; any other public body adopts its acts as the rules that apply to
// them provide, without an example that does not fit it.
func TestFx4mAdoptionOfChanges(t *testing.T) {
	neutral := apiTOSPhrase{textfmt.EN: "made enforceable, as the rules that apply to its acts provide, before being announced", textfmt.FR: "rendue exécutoire, dans les conditions qui s'appliquent à ses actes, avant d'être annoncée"}
	localList := apiTOSPhrase{textfmt.EN: "for a local authority, by its publication", textfmt.FR: "pour une collectivité territoriale, par sa publication"}
	own := apiTOSPhrase{textfmt.EN: "by its publication and, where required, its transmission to the State's representative (articles", textfmt.FR: "par sa publication et, le cas échéant, sa transmission au représentant de l'État (articles"}
	for _, b := range fx4mBodies {
		for _, a := range fx4mActivities {
			authority := b.form == "commune" || b.form == "région"
			fxadm2Expect(t, b.form+" "+a, fx4mBody(t, b.category, b.form, a, nil), []fxadm2Check{
				{"neutral rule", "change-terms", neutral, !authority},
				{"no list for others", "change-terms", localList, false},
				{"its own articles", "change-terms", own, authority},
			})
		}
	}
}

// RM-6: left without the provider's own examples, the safety clause names
// general fields, not the air and sea navigation written for weather
// data; the provider's examples replace them.
func TestFx4mSafetyExamples(t *testing.T) {
	general := apiTOSPhrase{textfmt.EN: "in transport and traffic, alerting or civil protection, or medical care", textfmt.FR: "en matière de transport et de circulation, d'alerte ou de protection civile, ou de soins"}
	weather := apiTOSPhrase{textfmt.EN: "air or sea navigation", textfmt.FR: "navigation aérienne ou maritime"}
	road := questionnaire.Translated{textfmt.EN: "road guidance or the routing of emergency vehicles", textfmt.FR: "le guidage routier ou l'acheminement des véhicules de secours"}
	for _, given := range []bool{false, true} {
		set := map[string]any{"safety.critical": true, "safety.uses": nil}
		if given {
			set["safety.uses"] = road
		}
		fxadm2Expect(t, "EPIC", fx4mBody(t, "local", "établissement public local à caractère industriel et commercial", "industrial-commercial", set), []fxadm2Check{
			{"general fields", "liability-safety", general, !given},
			{"no weather list", "liability-safety", weather, false},
			{"road uses", "liability-safety", apiTOSPhrase(road), given},
		})
	}
}

// RM-5: an industrial and commercial public service bases the processing
// needed to provide and secure the API on its legitimate interest, not on
// a task carried out in the public interest, and lets data subjects object
// to that interest; an administrative public service keeps point (e).
func TestFx4mSPICLegalBasis(t *testing.T) {
	interest61 := apiTOSPhrase{textfmt.EN: "End Users, on the Provider's legitimate interest in providing, securing and improving the API (point (f))", textfmt.FR: "Utilisateurs finaux, sur son intérêt légitime à fournir, à sécuriser et à améliorer l'API (point f))"}
	task61 := apiTOSPhrase{textfmt.EN: "this article is based on the performance of the task carried out in the public interest", textfmt.FR: "Le Fournisseur fonde les traitements prévus au présent article sur l'exécution de la mission d'intérêt public"}
	interest62 := apiTOSPhrase{textfmt.EN: "on its legitimate interest in providing the service the User asks of it (point (f)), and the securing of the API on its legitimate interest", textfmt.FR: "sur son intérêt légitime à fournir le service que l'Utilisateur lui demande (point f)), et la sécurité de l'API sur son intérêt légitime"}
	sameTask := apiTOSPhrase{textfmt.EN: "that same task", textfmt.FR: "cette même mission"}
	objectInterest := apiTOSPhrase{textfmt.EN: "to processing based on that legitimate interest (article 21", textfmt.FR: "aux traitements fondés sur cet intérêt légitime (article 21"}
	objectTask := apiTOSPhrase{textfmt.EN: "to processing based on that task (article 21", textfmt.FR: "aux traitements fondés sur cette mission (article 21"}
	basis := apiTOSPhrase{textfmt.EN: "that task is laid down by the following provisions", textfmt.FR: "cette mission est définie par les dispositions suivantes"}
	mission := questionnaire.Translated{textfmt.EN: "article L. 1231-1-1 of the French Transport Code", textfmt.FR: "l'article L. 1231-1-1 du Code des transports"}
	for _, a := range fx4mActivities {
		spic := a == "industrial-commercial"
		docs := fx4mBody(t, "local", "établissement public local à caractère industriel et commercial", a, map[string]any{
			"personal_data.processed": true, "personal_data.role": "controller", "provider.public_mission_basis": mission,
			"personal_data.purposes": nil, "contributions.published": false,
		})
		fxadm2Expect(t, a, docs, []fxadm2Check{
			{"6.1 legitimate interest", "data-users", interest61, spic},
			{"6.1 public task", "data-users", task61, !spic},
			{"6.1 mission basis", "data-users", basis, !spic},
			{"6.2 legitimate interest", "data-personal", interest62, spic},
			{"6.2 no same task", "data-personal", sameTask, false},
			{"6.2 objection to interest", "data-personal", objectInterest, spic},
			{"6.2 objection to task", "data-personal", objectTask, !spic},
			{"6.2 mission basis", "data-personal", basis, !spic},
		})
	}
	// Its own declared purposes stay on its public task, so that the
	// objection reaches both bases and the task's text is cited.
	both := apiTOSPhrase{textfmt.EN: "to processing based on that task or that legitimate interest (article 21", textfmt.FR: "aux traitements fondés sur cette mission ou sur cet intérêt légitime (article 21"}
	own := fx4mBody(t, "local", "établissement public local à caractère industriel et commercial", "industrial-commercial", map[string]any{
		"personal_data.processed": true, "personal_data.role": "controller", "provider.public_mission_basis": mission,
		"personal_data.purposes": questionnaire.Translated{textfmt.EN: "the production of statistics", textfmt.FR: "l'établissement de statistiques"},
	})
	fxadm2Expect(t, "own purposes", own, []fxadm2Check{
		{"objection to both", "data-personal", both, true},
		{"mission basis", "data-personal", basis, true},
		{"6.2 legitimate interest", "data-personal", interest62, true},
	})
}

// RM-10: a public body keeps the conduct of its defence but settles for a
// sum charged to the User only with the User's consent, with no claim
// that public law requires more; a private provider leaves the defence
// to the User.
func TestFx4mIndemnityDefence(t *testing.T) {
	consent := apiTOSPhrase{textfmt.EN: "settles for a sum charged to the User only with the User's consent, which may not be refused without a legitimate reason", textfmt.FR: "ne transige pour une somme mise à la charge de l'Utilisateur qu'avec l'accord de celui-ci, qui ne peut être refusé sans motif légitime"}
	asPublic := apiTOSPhrase{textfmt.EN: "as a public person", textfmt.FR: "comme personne publique"}
	for _, a := range fx4mActivities {
		fxadm2Expect(t, a, fx4mBody(t, "local", "établissement public local à caractère industriel et commercial", a, nil), []fxadm2Check{
			{"consent to a settlement", "liability-indemnity", consent, true},
			{"no public-law claim", "liability-indemnity", asPublic, false},
		})
	}
	company := exampleValues(t, mustKind(t, "api-tos"))
	fxadm2Expect(t, "company", fxadm2Docs(t, mustKind(t, "api-tos"), company), []fxadm2Check{
		{"no public wording", "liability-indemnity", consent, false},
	})
}

// RM-9: the promise that no stipulation restricts the reuse of open Data
// beyond the licence reserves the restrictive measures of 8.7, which bind
// by operation of law, so that the two clauses do not contradict.
func TestFx4mOpenDataSanctions(t *testing.T) {
	reserve := apiTOSPhrase{textfmt.EN: "the licence provides, subject to the restrictive measures that apply by operation of law, as Article", textfmt.FR: "prévoit la licence, sous réserve des mesures restrictives qui s'appliquent de plein droit et que rappelle l'article"}
	docs := fx4mBody(t, "local", "établissement public local à caractère industriel et commercial", "industrial-commercial", map[string]any{
		"conditions.data":    "open-data-licence",
		"data.licence.title": "Licence Ouverte 2.0", "data.licence.url": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
	})
	fxadm2Expect(t, "EPIC", docs, []fxadm2Check{{"sanctions reserved", "data-open-data-licence", reserve, true}})
}

// RM-14: 10.2 and the summary state the rule, a refund of prepaid sums
// pro rata, before the recalculation of a reduced price.
// RM-16: in terms for professionals only, the termination feature of the
// Consumer Code is cited as applying to Non-Professionals (L. 215-3),
// and offered to every User.
func TestFx4mTerminationWording(t *testing.T) {
	refund := apiTOSPhrase{textfmt.EN: "at no cost, any sums paid in advance being refunded pro rata to the time remaining, subject to the recalculation", textfmt.FR: "sans frais, les sommes payées d'avance lui étant remboursées au prorata du temps restant à courir, sous réserve du recalcul"}
	nonPro := apiTOSPhrase{textfmt.EN: "(articles L. 215-1-1 and D. 215-1 and following of the French Consumer Code, which apply to a Non-Professional under article L. 215-3 of that Code, the Provider offering that feature to every User)", textfmt.FR: "(articles L. 215-1-1 et D. 215-1 et suivants du Code de la consommation, applicables au Non-professionnel en vertu de l'article L. 215-3 de ce code, le Fournisseur offrant cette fonctionnalité à tout Utilisateur)"}
	consumer := apiTOSPhrase{textfmt.EN: "(articles L. 215-1-1, L. 215-3 and D. 215-1 and following of the French Consumer Code)", textfmt.FR: "(articles L. 215-1-1, L. 215-3 et D. 215-1 et suivants du Code de la consommation)"}
	k := mustKind(t, "api-tos")
	for _, audience := range []string{"business", "business-and-consumers"} {
		for _, prepaid := range []string{"refund", "period-end"} {
			v := exampleValues(t, k)
			v["audience"], v["pricing.model"], v["pricing.prepaid"] = audience, "paid", prepaid
			b2b, refunds := audience == "business", prepaid == "refund"
			fxadm2Expect(t, audience+" "+prepaid, fxadm2Docs(t, k, v), []fxadm2Check{
				{"refund in the summary", "summary", refund, refunds},
				{"refund in 10.2", "term-user", refund, refunds},
				{"Non-Professional citation", "term-user", nonPro, b2b},
				{"consumer citation", "term-user", consumer, !b2b},
			})
		}
	}
}
