package templates

import (
	"testing"

	"apitos/internal/textfmt"
)

// fx4jCharterClause is one clause of the charter, with plain spaces and
// apostrophes, for the example answers changed by set.
func fx4jCharterClause(t *testing.T, set map[string]any, l textfmt.Lang, id string) string {
	t.Helper()
	return fxPlain(fxkClause(t, set, l, id))
}

// fx4jVehicle is the example charter with another vehicle.
func fx4jVehicle(vehicle string) map[string]any {
	if vehicle == "public-body" {
		return fxkPublicBody("local-authority")
	}
	return map[string]any{"legal.vehicle": vehicle}
}

// TestFx4jPublicBodyFundsNotAssets (RJ2-2, second half): for a public body
// the list of the assets of the Commons leaves out "its funds", which are
// receipts and expenditure of its budget (budget unity), and says so;
// every other vehicle keeps its funds among the assets.
func TestFx4jPublicBodyFundsNotAssets(t *testing.T) {
	funds := [2]string{"the credentials of its infrastructure and its funds", "les identifiants d'accès à son infrastructure et ses fonds"}
	budget := [2]string{"The revenue and expenditure of the Commons fall within the budget of the Legal Entity, as provided in Article", "Les recettes et les dépenses du Commun relèvent du budget de la Structure porteuse, dans les conditions de l'article"}
	for _, v := range []string{"public-body", "association", "fiscal-host", "scic", "none"} {
		for li, l := range textfmt.All {
			body := fx4jCharterClause(t, fx4jVehicle(v), l, "assets-list")
			if body == "" {
				t.Fatalf("%s %s: no list of assets", v, l)
			}
			name := string(l) + " " + v
			r2Check(t, name, body, v != "public-body", funds[li])
			r2Check(t, name, body, v == "public-body", budget[li])
		}
	}
}

// TestFx4jPatentWritingConditional (RJ2-17, remainder): the statement by
// which a Contribution containing code is submitted stands as the written
// acceptance of the patent licence only to the extent that the law
// allows; the policy states the conditions of an electronic writing
// (C. civ. 1366, 1367) instead of asserting that the forge's record meets
// them, and names the signature of commits only where commits are signed.
func TestFx4jPatentWritingConditional(t *testing.T) {
	want := [2]string{"stands as your written acceptance of that licence, to the extent that the law allows (French Intellectual Property Code, Article L. 613-8)", "vaut votre acceptation écrite de cette licence, dans la mesure où la loi l'admet (Code de la propriété intellectuelle, article L. 613-8)"}
	cond := [2]string{"an electronic writing has that value only if its author can be duly identified and it is kept in conditions that guarantee its integrity (French Civil Code, Articles 1366 and 1367)", "un écrit électronique n'a cette valeur que si son auteur peut être dûment identifié et s'il est conservé dans des conditions de nature à en garantir l'intégrité (Code civil, articles 1366 et 1367)"}
	signed := [2]string{"and to the cryptographic signature of your commits, which it verifies", "et à la signature cryptographique de vos commits, qu'elle vérifie"}
	stale := [2]string{"is the writing that Article L. 613-8", "constitue l'écrit qu'exige l'article L. 613-8"}
	overstated := [2]string{"which identifies you as its author and preserves its integrity", "qui vous identifie comme son auteur et en garantit l'intégrité"}
	for _, inbound := range []string{"dco", "inbound-outbound"} {
		for _, sig := range []bool{false, true} {
			for li, l := range textfmt.All {
				set := map[string]any{"project.licence": "MIT", "patents.grant": true, "inbound": inbound, "governing_law": "FR", "process.signed_commits": sig}
				body := fxPlain(fxrhPolicyClause(t, set, l, "inbound-patents"))
				if body == "" {
					t.Fatalf("%s %s: no patent licence", inbound, l)
				}
				name := string(l) + " " + inbound
				r2Check(t, name, body, true, want[li], cond[li])
				r2Check(t, name, body, sig, signed[li])
				r2Check(t, name, body, false, stale[li], overstated[li])
			}
		}
	}
	// Outside French law the sentence is not printed.
	for li, l := range textfmt.All {
		body := fxPlain(fxrhPolicyClause(t, map[string]any{"project.licence": "MIT", "patents.grant": true, "inbound": "dco", "governing_law": "BE"}, l, "inbound-patents"))
		r2Check(t, string(l)+" BE", body, false, want[li])
	}
}

// TestFx4jMaintainerRoleThroughSanctions (RJ2-4): 5.4 gives the Conduct
// Committee no stand-alone power to remove a Maintainer, which 12.5 does
// not list; the role is suspended or lost only through the sanctions of
// 12.5 that carry that consequence, whatever the code of conduct.
func TestFx4jMaintainerRoleThroughSanctions(t *testing.T) {
	want := [2]string{"the role is also suspended or lost through the sanctions of Article", "ce rôle est en outre suspendu ou perdu par l'effet des sanctions de l'article"}
	stale := [2]string{"the Conduct Committee may do so under", "le Comité du code de conduite le peut également"}
	roles := [2][]string{{"suspension of every role", "with loss of every role"}, {"suspension de tout rôle", "perte de tout rôle"}}
	for _, code := range []string{"contributor-covenant-2.1", "contributor-covenant-3.0"} {
		for _, v := range []string{"public-body", "association", "none"} {
			set := fx4jVehicle(v)
			set["conduct.code"] = code
			for li, l := range textfmt.All {
				name := string(l) + " " + v + " " + code
				body := fx4jCharterClause(t, set, l, "roles-emeritus")
				r2Check(t, name, body, true, want[li])
				r2Check(t, name, body, false, stale[li])
				r2Check(t, name+" 12.5", fx4jCharterClause(t, set, l, "conduct-sanctions"), true, roles[li]...)
			}
		}
	}
}

// TestFx4jAdmissionOpinionWording (RJ2-8): for a public body, the vote of
// the body of the Commons is on "an opinion against the application",
// not "an opinion in favour of a refusal".
func TestFx4jAdmissionOpinionWording(t *testing.T) {
	want := [2]string{"An opinion against the application is never adopted by", "Un avis défavorable à la candidature n'est jamais adopté par"}
	stale := [2]string{"in favour of a refusal", "favorable à un refus"}
	for _, rule := range []string{"lazy-consensus", "consensus", "consent"} {
		for _, v := range []string{"public-body", "association"} {
			set := fx4jVehicle(v)
			set["membership.admission"] = "approval"
			set["decisions.membership"] = rule
			for li, l := range textfmt.All {
				name := string(l) + " " + v + " " + rule
				body := fxPlain(fxkCharter(t, set, l))
				r2Check(t, name, body, v == "public-body", want[li])
				r2Check(t, name, body, false, stale[li])
			}
		}
	}
}

// TestFx4jDSAConditional (RJ2-7): a free service of a commons may fall
// outside the DSA (services normally provided for remuneration): for
// every vehicle, the notice procedure is its Article 16 mechanism, and
// the contact address its single point of contact, only to the extent
// that the Regulation applies to the service.
func TestFx4jDSAConditional(t *testing.T) {
	want := [2][]string{{"this procedure is, to the extent that Regulation (EU) 2022/2065 (Digital Services Act) applies to the service, the notice and action mechanism that its Article 16 requires", "and to the same extent,"}, {"cette procédure constitue, dans la mesure où le règlement (UE) 2022/2065 sur les services numériques s'applique au service, le mécanisme de notification et d'action que son article 16 impose", "et dans la même mesure,"}}
	stale := [2]string{"this procedure is the notice and action mechanism", "cette procédure constitue le mécanisme de notification"}
	for _, v := range []string{"public-body", "association", "fiscal-host", "scic", "none"} {
		for li, l := range textfmt.All {
			name := string(l) + " " + v
			body := fx4jCharterClause(t, fx4jVehicle(v), l, "contribution-notices")
			r2Check(t, name, body, true, want[li]...)
			r2Check(t, name, body, false, stale[li])
		}
	}
}
