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
