package templates

import (
	"fmt"
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

// TestFx3jConflictContractsBothWays (RJ2-10): the English of the public
// Member's abstention covers, like the French, any contract the public body
// concludes with the Commons, in either direction, and a grant only where
// grants are a funding source; for every vehicle.
func TestFx3jConflictContractsBothWays(t *testing.T) {
	k, _ := Lookup("charter")
	for _, vehicle := range []string{"association", "fiscal-host", "none", "public-body"} {
		for _, funding := range [][]string{{"services"}, {"grants", "services"}} {
			vals := exampleValues(t, k)
			vals["legal.vehicle"] = vehicle
			vals["membership.classes"] = []string{"public-bodies"}
			vals["economy.funding"] = funding
			grants := len(funding) == 2 && vehicle != "none"
			for _, l := range textfmt.All {
				doc, err := k.Assemble(vals, l, Final)
				if err != nil {
					t.Fatal(err)
				}
				c, _ := doc.Clause("decisions-conflicts")
				what := fmt.Sprintf("%s %s %v", l, vehicle, funding)
				contract, grant := "concludes or intends to conclude with", "or about a grant that it awards or intends to award to"
				if l == textfmt.FR {
					contract, grant = "passe ou envisage de passer avec", "ou à une subvention qu'elle lui accorde ou envisage de lui accorder"
				}
				if !strings.Contains(c.Body, textfmt.Typeset(l, contract)) {
					t.Errorf("%s: no contract in both directions", what)
				}
				if got := strings.Contains(c.Body, textfmt.Typeset(l, grant)); got != grants {
					t.Errorf("%s: grant limb = %v, want %v", what, got, grants)
				}
				if strings.Contains(c.Body, "awards or intends to award to the Legal Entity") {
					t.Errorf("%s: the narrower English wording remains", what)
				}
			}
		}
	}
}

// TestFx3jIndividualDeciderInTable (RJ2-1): for a public body, the table
// rows for admissions and conduct, and the decision lifting a permanent
// ban, name the authority that 18.1 makes competent for individual
// decisions (the executive of a local authority, the president of an
// EPCI), never the organ that adopts the Charter.
func TestFx3jIndividualDeciderInTable(t *testing.T) {
	want := map[string][2]string{
		"local-authority": {"through its executive (Article", "par son exécutif (article"},
		"epci":            {"through its president (Article", "par son président (article"},
		"university":      {"through the authority competent for individual decisions (Article", "par l'autorité compétente pour les décisions individuelles (article"},
	}
	for form, w := range want {
		for li, l := range textfmt.All {
			pb := fxkPublicBody(form)
			pb["governance.steering"] = true
			name := string(l) + " " + form
			table := fxkClause(t, pb, l, "decisions-table")
			if n := strings.Count(table, w[li]); n != 2 {
				t.Errorf("%s: decider named %d times in the table, want 2", name, n)
			}
			for _, bad := range []string{"through its competent organ, on the opinion", "par son organe compétent, sur avis"} {
				if strings.Contains(table, bad) {
					t.Errorf("%s: the table still sends admissions to the competent organ", name)
				}
			}
			r2Check(t, name, fxkClause(t, pb, l, "conduct-sanctions"), true, w[li])
		}
	}
	// Other vehicles: no public decider.
	k, _ := Lookup("charter")
	vals := exampleValues(t, k)
	vals["legal.vehicle"] = "association"
	for li, l := range textfmt.All {
		doc, err := k.Assemble(vals, l, Final)
		if err != nil {
			t.Fatal(err)
		}
		c, _ := doc.Clause("decisions-table")
		for _, w := range want {
			if strings.Contains(c.Body, textfmt.Typeset(l, w[li])) {
				t.Errorf("%s association: public decider printed", l)
			}
		}
	}
}

// TestFx3jCRASingleAddressee (RJ2-5, RJ2-11): in 6.3, the Maintainers
// inform one addressee in both limbs of the CRA passage, and that same
// addressee makes the notifications: the executive of a local authority,
// the legal representative otherwise; no stacked parentheses.
func TestFx3jCRASingleAddressee(t *testing.T) {
	for _, form := range []string{"local-authority", "university"} {
		for li, l := range textfmt.All {
			pb := fxkPublicBody(form)
			pb["commons.resources"] = []string{"software"}
			body := fxkClause(t, pb, l, "bodies-technical")
			name := string(l) + " " + form
			exec := [2]string{"the executive shall make", "son exécutif de toute vulnérabilité"}
			legal := [2]string{"the legal representative shall make", "son représentant légal de toute vulnérabilité"}
			want, not := exec, legal
			if form != "local-authority" {
				want, not = legal, exec
			}
			r2Check(t, name, body, true, want[li])
			r2Check(t, name, body, false, not[li], ") (")
		}
	}
}

// TestFx3jDCONoAuthorshipOfAIOutput (RJ2-16): under the DCO, the sign-off
// covers the Contribution as a whole, of which the contributor created a
// part, without certifying tool output as their creation; no other route
// and no ban prints it.
func TestFx3jDCONoAuthorshipOfAIOutput(t *testing.T) {
	want := [2]string{"it does not make you certify that the parts produced by a tool are your own creation", "elle ne vous fait pas certifier que les parties produites par un outil sont votre création"}
	stale := [2]string{"including the parts produced by a tool, as created in whole or in part by you", "y compris les parties produites par un outil, comme créée en tout ou partie par vous"}
	for _, in := range []string{"dco", "cla", "inbound-outbound"} {
		for _, ai := range []string{"ban", "disclose", "allow"} {
			for li, l := range textfmt.All {
				body := fxPlain(policyClause(t, map[string]any{"inbound": in, "ai_contributions": ai}, l, "ai-accountability"))
				name := string(l) + " " + in + " " + ai
				r2Check(t, name, body, in == "dco" && ai != "ban", want[li])
				r2Check(t, name, body, false, stale[li])
			}
		}
	}
}

// TestFx3jSignOffWritingNotOverstated (RJ2-17): the sign-off or ticked
// statement stands as the written acceptance of the patent licence only
// to the extent that the law allows; it is never said to be the writing
// that CPI L. 613-8 requires.
func TestFx3jSignOffWritingNotOverstated(t *testing.T) {
	want := [2]string{"stands as your written acceptance of that licence, to the extent that the law allows", "vaut votre acceptation écrite de cette licence, dans la mesure où la loi l'admet"}
	stale := [2]string{"records it in writing", "en constitue l'écrit"}
	for _, route := range []string{"dco", "inbound-outbound"} {
		for _, licence := range []string{"Apache-2.0", "MIT"} {
			for li, l := range textfmt.All {
				set := map[string]any{"inbound": route, "project.licence": licence, "governing_law": "FR"}
				id := "inbound-" + route
				if route == "inbound-outbound" {
					id = route
				}
				body := strings.ReplaceAll(fxClause(t, false, set, l, id), "’", "'")
				name := string(l) + " " + route + " " + licence
				r2Check(t, name, body, licence != "MIT", want[li])
				r2Check(t, name, body, false, stale[li])
			}
		}
	}
}

// TestFx3jAppealSuspensiveForReservedSanctions (RJ2-3): for a public body,
// the appeal suspends the sanctions reserved to it and not the others;
// other vehicles keep the general rule.
func TestFx3jAppealSuspensiveForReservedSanctions(t *testing.T) {
	pub := [2]string{"The appeal suspends a sanction reserved to the Legal Entity", "Le recours est suspensif contre une sanction réservée à la Structure porteuse"}
	gen := [2]string{"The appeal does not suspend the sanction, unless", "Le recours n'est pas suspensif, sauf"}
	for li, l := range textfmt.All {
		pb := fxkPublicBody("local-authority")
		body := fxkClause(t, pb, l, "conduct-appeal")
		r2Check(t, string(l)+" public body", body, true, pub[li])
		r2Check(t, string(l)+" public body", body, false, gen[li])
		k, _ := Lookup("charter")
		vals := exampleValues(t, k)
		vals["legal.vehicle"] = "fiscal-host"
		doc, err := k.Assemble(vals, l, Final)
		if err != nil {
			t.Fatal(err)
		}
		c, _ := doc.Clause("conduct-appeal")
		c.Body = strings.ReplaceAll(c.Body, "’", "'")
		r2Check(t, string(l)+" fiscal host", c.Body, true, gen[li])
		r2Check(t, string(l)+" fiscal host", c.Body, false, pub[li])
	}
}

// TestFx3jPublicBodyGiftsNotTransferred (RJ2-2): a public body does not
// transfer gifts it has accepted; unused earmarked gifts may only give
// rise to a grant that respects their conditions. Other vehicles keep the
// tax-receipt rule.
func TestFx3jPublicBodyGiftsNotTransferred(t *testing.T) {
	pub := [2]string{"may only give rise to a grant to the beneficiary, decided in compliance with the conditions and charges attached to them (for a commune, French General Local Authorities Code, Article L. 2242-1)", "ne peuvent donner lieu qu'à une subvention au bénéficiaire, décidée dans le respect des conditions et charges dont ils sont assortis (pour une commune, Code général des collectivités territoriales, article L. 2242-1)"}
	tax := [2]string{"may itself receive such gifts", "habilité lui-même à recevoir de tels dons"}
	for li, l := range textfmt.All {
		pb := fxkPublicBody("local-authority")
		pb["economy.funding"] = []string{"donations"}
		pb["governing_law"] = "FR"
		body := strings.ReplaceAll(fxkCharter(t, pb, l), "’", "'")
		r2Check(t, string(l)+" public body", body, true, pub[li])
		r2Check(t, string(l)+" public body", body, false, tax[li])
	}
}

// TestFx3jDataAnswerAddressee (RJ2-14): in 14.6, the answer to an
// objection goes to the persons concerned, named as such.
func TestFx3jDataAnswerAddressee(t *testing.T) {
	want := [2]string{"the persons concerned receive an answer within", "il est répondu aux personnes concernées dans un délai"}
	stale := [2]string{"; they receive an answer within", "il leur est répondu dans un délai"}
	for li, l := range textfmt.All {
		pb := fxkPublicBody("local-authority")
		pb["governing_law"] = "FR"
		pb["commons.personal_data"] = true
		body := strings.ReplaceAll(fxkCharter(t, pb, l), "’", "'")
		if !strings.Contains(body, want[li]) && !strings.Contains(body, stale[li]) {
			i := strings.Index(body, "point d)")
			t.Fatalf("%s: sentence not produced: %q", l, body[i:i+200])
		}
		r2Check(t, string(l), body, true, want[li])
		r2Check(t, string(l), body, false, stale[li])
	}
}

// TestFx3jBanTermConsistent (RJ2-13): the English of 12.5 calls the
// Contributor Covenant 2.1 sanctions "ban" throughout, never "exclusion".
func TestFx3jBanTermConsistent(t *testing.T) {
	pb := fxkPublicBody("local-authority")
	pb["conduct.code"] = "contributor-covenant-2.1"
	body := fxkClause(t, pb, textfmt.EN, "conduct-sanctions")
	r2Check(t, "en cc2.1", body, true, "a temporary ban or a permanent ban")
	r2Check(t, "en cc2.1", body, false, "a temporary exclusion or a permanent exclusion", "temporary or permanent exclusion")
}
