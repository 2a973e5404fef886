package templates

import (
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// fxraHas reports whether the clause id of the api-tos document assembled
// from v in language l holds phrase p, typography aside.
func fxraHas(t *testing.T, v questionnaire.Values, l textfmt.Lang, id, p string) bool {
	t.Helper()
	k, _ := Lookup("api-tos")
	doc := assemble12c(t, k, v, l)
	c, ok := doc.Clause(id)
	if !ok {
		return false
	}
	return strings.Contains(plainSpaces(c.Body), plainSpaces(textfmt.Typeset(l, p)))
}

// fxraCheck asserts that each clause of want holds its phrase in each
// language exactly when on is true.
func fxraCheck(t *testing.T, what string, v questionnaire.Values, on bool, id string, want map[textfmt.Lang]string) {
	t.Helper()
	for _, l := range textfmt.All {
		if got := fxraHas(t, v, l, id, want[l]); got != on {
			t.Errorf("%s %s %s: %q present=%v, want %v", what, l, id, want[l], got, on)
		}
	}
}

// RA-1: an association, foundation or cooperative decides its own
// dissolution; only a dissolution ordered by a court, or a judicial
// liquidation, shortens the closure notice and the deprecation promise;
// a voluntary dissolution keeps them (C. civ. 1304-2, 1170).
func TestFxraDissolutionOnlyByCourtShortensNotice(t *testing.T) {
	k, _ := Lookup("api-tos")
	court := map[textfmt.Lang]string{
		textfmt.FR: "Lorsque la dissolution est imposée au Fournisseur par une décision de justice, notamment par un jugement de liquidation judiciaire, le préavis est toutefois de",
		textfmt.EN: "Where the dissolution is imposed on the Provider by a court decision, in particular by a judgment of judicial liquidation, the notice is, however,",
	}
	voluntary := map[textfmt.Lang]string{
		textfmt.FR: "une dissolution décidée par le Fournisseur lui-même laisse subsister le préavis et la durée de maintien prévus",
		textfmt.EN: "a dissolution decided by the Provider itself leaves in place the notice and the period of availability provided in",
	}
	for _, typ := range []string{"organisation", "company", "individual"} {
		v := exampleValues(t, k)
		v["provider.type"] = typ
		on := typ == "organisation"
		fxraCheck(t, typ, v, on, "term-continuity", court)
		fxraCheck(t, typ, v, on, "term-continuity", voluntary)
		fxraCheck(t, typ, v, on, "term-provider", map[textfmt.Lang]string{
			textfmt.FR: "sauf dissolution du Fournisseur imposée par une décision de justice, dans les conditions de",
			textfmt.EN: "save on a dissolution of the Provider ordered by a court, as provided in",
		})
	}
}
