package templates

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// fundValues are the example answers of a charter hosted by a French
// endowment fund, or by another form of host, funded by grants and fees
// and open to public bodies.
func fundValues(t *testing.T, k *Kind, form string) questionnaire.Values {
	t.Helper()
	vals := exampleValues(t, k)
	vals["legal.vehicle"], vals["legal.host_form"], vals["governing_law"] = "fiscal-host", form, "FR"
	vals["economy.funding"] = []string{"donations", "grants", "membership-fees"}
	vals["membership.classes"] = []string{"individuals", "public-bodies"}
	return vals
}

func clauseBody(t *testing.T, k *Kind, vals questionnaire.Values, l textfmt.Lang, id string) string {
	t.Helper()
	c, ok := assembled(t, k, vals, nil, l).Clause(id)
	if !ok {
		t.Fatalf("%s: no clause %s", l, id)
	}
	return strings.ReplaceAll(c.Body, "\u00a0", " ")
}

// TestCharterEndowmentFundTakesNoPublicMoney: no public money may be paid
// to a fonds de dotation save a ministerial derogation, and a fund has no
// members (loi n° 2008-776, art. 140). Hosted by a fund, the charter
// subjects grants to the derogation, turns fees into Members' gifts on
// which membership does not depend, frees public bodies from every
// payment, and gives or transfers the assets only for the general
// interest; on the fund's own dissolution they go only to another
// endowment fund or a foundation of public utility. Another host keeps fees.
func TestCharterEndowmentFundTakesNoPublicMoney(t *testing.T) {
	k, _ := Lookup("charter")
	type want struct{ derogation, fees, gifts, publicPays, generalInterest, ownDissolution string }
	words := map[textfmt.Lang]want{
		textfmt.EN: {"Article 140, III", "**Membership fees**", "**Gifts from Members**", "shall pay it no subsidy, fee, gift or other financial contribution", "of general interest", "should the Legal Entity itself be dissolved, the assets earmarked for the Commons are transferred to the endowment fund or the foundation recognised as being of public utility"},
		textfmt.FR: {"article 140, III", "**Cotisations**", "**Dons des Membres**", "ne lui verse aucune subvention, cotisation, don ni autre contribution financière", "d'intérêt général", "dissolution de la Structure porteuse elle-même, les biens affectés au Commun sont transférés au fonds de dotation ou à la fondation reconnue d'utilité publique"},
	}
	for _, form := range []string{"endowment-fund", "association", "foundation"} {
		for _, devolution := range []string{"commons", "foundation"} {
			vals := fundValues(t, k, form)
			vals["exit.devolution"] = devolution
			fund := form == "endowment-fund"
			for _, l := range textfmt.All {
				w := words[l]
				what := form + ", " + devolution + ", " + string(l)
				funding := clauseBody(t, k, vals, l, "economy-funding")
				if got := strings.Contains(funding, w.derogation); got != fund {
					t.Errorf("%s: grants subject to the derogation=%v", what, got)
				}
				if got := strings.Contains(funding, w.fees); got == fund {
					t.Errorf("%s: membership fees printed=%v", what, got)
				}
				if got := strings.Contains(funding, w.gifts); got != fund {
					t.Errorf("%s: Members' gifts printed=%v", what, got)
				}
				exit := clauseBody(t, k, vals, l, "membership-exit")
				if got := strings.Contains(exit, map[textfmt.Lang]string{textfmt.EN: "fee", textfmt.FR: "cotisation"}[l]); got == fund {
					t.Errorf("%s: exclusion for unpaid fees=%v", what, got)
				}
				public := optionalClauseBody(t, k, vals, l, "membership-public-bodies-joining")
				if got := strings.Contains(public, w.publicPays); got != fund {
					t.Errorf("%s: public bodies pay the host nothing=%v", what, got)
				}
				dev := clauseBody(t, k, vals, l, "exit-devolution-"+devolution)
				if got := strings.Contains(strings.ReplaceAll(dev, "’", "'"), w.generalInterest); got != fund {
					t.Errorf("%s: beneficiary of general interest=%v", what, got)
				}
				host := strings.ReplaceAll(clauseBody(t, k, vals, l, "legal-fiscal-host")+clauseBody(t, k, vals, l, "annex-hosting"), "’", "'") // RI2-4
				if got := strings.Contains(host, w.ownDissolution); got != fund {
					t.Errorf("%s: the fund's own dissolution provided for=%v", what, got)
				}
				if got := strings.Contains(host, w.generalInterest); got != fund {
					t.Errorf("%s: new host of general interest=%v", what, got)
				}
			}
		}
	}
}

// TestCharterEndowmentFundWarnings: the drafter is told, with the law,
// that a fund takes no public money and has no members to pay fees.
func TestCharterEndowmentFundWarnings(t *testing.T) {
	k, _ := Lookup("charter")
	cases := []struct {
		rule    string
		set     map[string]any
		without map[string]any
	}{
		{"endowment-fund-public-money",
			map[string]any{"economy.funding": []string{"procurement"}},
			map[string]any{"economy.funding": []string{"donations"}}},
		{"endowment-fund-public-money",
			map[string]any{"economy.funding": []string{"grants"}},
			map[string]any{"economy.funding": []string{"grants"}, "legal.host_form": "association"}},
		{"endowment-fund-membership-fees",
			map[string]any{"economy.funding": []string{"membership-fees"}},
			map[string]any{"economy.funding": []string{"membership-fees"}, "legal.host_form": "foundation"}},
		{"endowment-fund-membership-fees",
			map[string]any{"economy.funding": []string{"membership-fees"}},
			map[string]any{"economy.funding": []string{"membership-fees"}, "legal.vehicle": "association"}},
	}
	for _, c := range cases {
		for _, tc := range []struct {
			answers map[string]any
			want    bool
		}{{c.set, true}, {c.without, false}} {
			vals := fundValues(t, k, "endowment-fund")
			for key, v := range tc.answers {
				vals[key] = v
			}
			if got := slices.Contains(brokenRules(k, vals), c.rule); got != tc.want {
				t.Errorf("%s with %v: warned=%v, want %v", c.rule, tc.answers, got, tc.want)
			}
		}
	}
}

// TestCharterCommitteeQuorumIsAMajority: the percentage quorum is the
// Assembly's; a committee, or the appeal panel, decides only with a
// majority of its members, so that two members of nine never decide.
func TestCharterCommitteeQuorumIsAMajority(t *testing.T) {
	k, _ := Lookup("charter")
	for _, steering := range []bool{true, false} {
		vals := exampleValues(t, k)
		vals["governance.steering"], vals["governance.quorum"] = steering, 15
		for _, l := range textfmt.All {
			body := clauseBody(t, k, vals, l, "decisions-quorum")
			assembly := map[textfmt.Lang]string{textfmt.EN: "at least 15% of the Members take part", textfmt.FR: "au moins 15 % des Membres y prennent part"}[l]
			majority := map[textfmt.Lang]string{textfmt.EN: "a majority of the members of that body", textfmt.FR: "la majorité des membres de cette instance"}[l]
			if !strings.Contains(body, assembly) || !strings.Contains(body, majority) {
				t.Errorf("steering=%v, %s: quorums are not the Assembly's percentage and the committees' majority:\n%s", steering, l, body)
			}
			panel := map[textfmt.Lang]string{textfmt.EN: "Appeal Panel", textfmt.FR: "Commission de recours"}[l]
			if got := strings.Contains(body, panel); got == steering {
				t.Errorf("steering=%v, %s: appeal panel's quorum printed=%v", steering, l, got)
			}
			if strings.Contains(body, "15% of the members of that body") || strings.Contains(body, "15 % des membres de cette instance") {
				t.Errorf("steering=%v, %s: the percentage still applies to a committee", steering, l)
			}
		}
	}
}

// TestCharterRightsGoToTheControllersAddress: requests about personal
// data go to the address the controller gives for them, the same as in
// the controller clause, and to the Commons' contact only without one.
func TestCharterRightsGoToTheControllersAddress(t *testing.T) {
	k, _ := Lookup("charter")
	for _, own := range []string{"privacy@host.example", ""} {
		vals := exampleValues(t, k)
		vals["legal.vehicle"] = "fiscal-host"
		if own != "" {
			vals["privacy.contact"] = own
		} else {
			delete(vals, "privacy.contact")
		}
		want := own
		if want == "" {
			want = vals["commons.contact"].(string)
		}
		for _, l := range textfmt.All {
			for _, id := range []string{"personal-data-controller", "personal-data-rights"} {
				if body := clauseBody(t, k, vals, l, id); !strings.Contains(body, want) {
					t.Errorf("own address %q, %s: %s does not give %s", own, l, id, want)
				}
			}
			if own != "" && strings.Contains(clauseBody(t, k, vals, l, "personal-data-rights"), vals["commons.contact"].(string)) {
				t.Errorf("%s: the rights clause still gives the Commons' general address", l)
			}
		}
	}
}

// TestCharterHardwareWithFirmwareNamesTheCRA: a device built from the
// designs with the Commons' software is a product with digital elements,
// whose maker is a manufacturer under the Cyber Resilience Act; the
// Commons, and its legal entity for it, place none on the market without
// the Assembly weighing those duties; without a legal person, the
// Assembly only authorises its name on a maker's product. A public body
// keeps its own organs.
func TestCharterHardwareWithFirmwareNamesTheCRA(t *testing.T) {
	k, _ := Lookup("charter")
	decision := map[textfmt.Lang]string{textfmt.EN: "without a decision of the Assembly, taken by simple majority in the light of those obligations", textfmt.FR: "sans une décision de l'Assemblée, prise à la majorité simple au vu de ces obligations"}
	noPerson := map[textfmt.Lang]string{textfmt.EN: "only with the authorisation of the Assembly, taken by simple majority in the light of those obligations", textfmt.FR: "qu'avec l'autorisation de l'Assemblée, prise à la majorité simple au vu de ces obligations"}
	for _, resources := range [][]string{{"software", "hardware"}, {"hardware"}} {
		for _, vehicle := range []string{"fiscal-host", "none", "public-body"} {
			vals := exampleValues(t, k)
			vals["commons.resources"], vals["legal.vehicle"] = resources, vehicle
			for _, l := range textfmt.All {
				body := strings.ReplaceAll(clauseBody(t, k, vals, l, "licences-hardware"), "’", "'")
				what := strings.Join(resources, "+") + ", " + vehicle + ", " + string(l)
				if got := strings.Contains(body, "2024/2847"); got != slices.Contains(resources, "software") {
					t.Errorf("%s: Cyber Resilience Act named=%v", what, got)
				}
				want := decision[l]
				if vehicle == "none" {
					// RH-6: without a legal person nothing is placed on the
					// market for the Commons; the Assembly only authorises
					// its name on a maker's product.
					want = noPerson[l]
				}
				if got := strings.Contains(body, want); got != (vehicle != "public-body") {
					t.Errorf("%s: placing on the market needs the Assembly=%v", what, got)
				}
			}
		}
	}
}

// TestCharterHostingAgreementTakesOverTheHostsUndertakings: the bodies of
// a hosted Commons have no legal personality, so a clause that binds the
// host binds no one unless the hosting agreement takes it over. Whatever
// the host's form, its law and the options, the agreement must take over,
// by their numbers in this charter, the host's undertakings on the
// Commons' principles, public bodies (where they may join), funds,
// accounts, licences, notices of unlawful content, personal data, assets
// and exit; and, on the host's own dissolution, send the earmarked assets
// only where its law and statutes allow.
func TestCharterHostingAgreementTakesOverTheHostsUndertakings(t *testing.T) {
	k, _ := Lookup("charter")
	lists := map[textfmt.Lang][2]string{
		textfmt.EN: {"The agreement incorporates all the undertakings that this Charter places on the Legal Entity, among them those set out in ", ".\n"},
		textfmt.FR: {"La convention reprend l'ensemble des engagements que la Charte met à la charge de la Structure porteuse, dont ceux prévus ", ".\n"},
	}
	loi1901 := map[textfmt.Lang]string{textfmt.EN: "Article 9 of the French law of 1 July 1901", textfmt.FR: "l'article\u00a09 de la loi du 1er juillet 1901"}
	number := regexp.MustCompile(`\d+(\.\d+)?`)
	qq, _ := k.Questionnaire.Question("legal.host_form")
	for _, form := range qq.OptionIDs() {
		for _, law := range []string{"FR", "BE"} {
			for _, public := range []bool{true, false} {
				for _, accounts := range []bool{true, false} {
					vals := fundValues(t, k, form)
					vals["governing_law"], vals["economy.public_accounts"] = law, accounts
					if !public {
						vals["membership.classes"] = []string{"individuals", "companies"}
					}
					ids := []string{"identity-principles", "economy-funds-host", "licences", "contribution-notices", "personal-data", "assets", "exit"}
					if public {
						ids = append(ids, "membership-public-bodies")
					}
					if accounts {
						ids = append(ids, "economy-accounts-public")
					} else {
						ids = append(ids, "economy-accounts-members")
					}
					for _, l := range textfmt.All {
						what := fmt.Sprintf("%s, %s, public bodies %v, public accounts %v, %s", form, law, public, accounts, l)
						doc, err := k.Assemble(vals, l, Final)
						if err != nil {
							t.Fatal(err)
						}
						var want []string
						for _, id := range ids {
							c, ok := doc.Clause(id)
							if !ok {
								t.Fatalf("%s: no clause %s", what, id)
							}
							want = append(want, c.Number)
						}
						host, _ := doc.Clause("annex-hosting") // RI2-4: the list is in the annex
						body := strings.ReplaceAll(host.Body, "’", "'")
						_, rest, ok := strings.Cut(body, lists[l][0])
						list, _, ok2 := strings.Cut(rest, lists[l][1])
						if !ok || !ok2 {
							t.Fatalf("%s: no list of the undertakings the agreement takes over:\n%s", what, body)
						}
						got := number.FindAllString(list, -1)
						if slices.Sort(got); !slices.Equal(got, slices.Sorted(slices.Values(want))) {
							t.Errorf("%s: the agreement takes over %v, want %v", what, got, want)
						}
						if got := strings.Contains(body, loi1901[l]); got != (form == "association" && law == "FR") {
							t.Errorf("%s: the host's own dissolution cites Article 9 of the law of 1901=%v", what, got)
						}
					}
				}
			}
		}
	}
}

// TestCharterFoundationKindDecidesItsGifts: under French law a foundation
// host is named by its kind, since only a foundation recognised as being
// of public utility may receive gifts and patronage from anyone; a
// corporate foundation may not appeal to public generosity and receives
// only the gifts Article 19-8 of Law No. 87-571 allows, which the charter
// says and the validator warns of. Members' fees are not among its
// resources either: they become the price of services rendered, with a
// warning. Under another law no kind is named.
func TestCharterFoundationKindDecidesItsGifts(t *testing.T) {
	k, _ := Lookup("charter")
	forms := map[string][2]string{
		"public-utility": {"a foundation recognised as being of public utility", "fondation reconnue d'utilité publique"},
		"corporate":      {"a corporate foundation", "fondation d'entreprise"},
		"other":          {"a foundation with legal personality", "fondation dotée de la personnalité morale"},
	}
	limit := [2]string{"within the limits of Article 19-8 of French Law No. 87-571", "dans les limites de l'article 19-8 de la loi n° 87-571"}
	programme := [2]string{"multi-year action programme (Article 19-7 of French Law No. 87-571 of 23 July 1987) are not donations", "programme d'action pluriannuel (article 19-7 de la loi n° 87-571 du 23 juillet 1987) ne sont pas des dons"}
	audited := [2]string{"certified by the statutory auditor that it must appoint (Article 19-9", "par le commissaire aux comptes qu'elle est tenue de nommer (article 19-9"}
	price := [2]string{"the fees are the price of the services it renders to the Members", "les cotisations sont la rétribution des services qu'elle rend aux Membres"}
	for kind, form := range forms {
		for _, funding := range [][]string{{"donations"}, {"sponsorship"}, {"grants", "services"}, {"membership-fees"}} {
			for _, law := range []string{"FR", "BE"} {
				vals := fundValues(t, k, "foundation")
				vals["legal.foundation_kind"], vals["economy.funding"], vals["governing_law"] = kind, funding, law
				fr, corporate := law == "FR", kind == "corporate" && law == "FR"
				gifts := slices.Contains(funding, "donations") || slices.Contains(funding, "sponsorship")
				fees := slices.Contains(funding, "membership-fees")
				for li, l := range textfmt.All {
					what := fmt.Sprintf("%s, %v, %s, %s", kind, funding, law, l)
					host := clauseBody(t, k, vals, l, "legal-fiscal-host")
					if got := strings.Contains(host, textfmt.Typeset(l, form[li])); got != fr {
						t.Errorf("%s: host named as %q=%v", what, form[li], got)
					}
					funds := clauseBody(t, k, vals, l, "economy-funding")
					if got := strings.Contains(funds, strings.ReplaceAll(textfmt.Typeset(l, limit[li]), "\u00a0", " ")); got != (corporate && gifts) {
						t.Errorf("%s: gifts limited by Article 19-8=%v", what, got)
					}
					if got := strings.Contains(funds, strings.ReplaceAll(textfmt.Typeset(l, price[li]), "\u00a0", " ")); got != (corporate && fees) {
						t.Errorf("%s: fees turned into the price of services=%v", what, got)
					}
					// The founders' programme payments are not gifts, and the
					// corporate foundation's certified accounts are published
					// whatever the charter says of the Commons' own accounts.
					if got := strings.Contains(funds, strings.ReplaceAll(textfmt.Typeset(l, programme[li]), "\u00a0", " ")); got != corporate {
						t.Errorf("%s: founders' programme payments kept out of gifts=%v", what, got)
					}
					private := clone(vals)
					private["economy.public_accounts"] = false
					accounts := clauseBody(t, k, private, l, "economy-accounts-members")
					if got := strings.Contains(accounts, strings.ReplaceAll(textfmt.Typeset(l, audited[li]), "\u00a0", " ")); got != corporate {
						t.Errorf("%s: corporate foundation's accounts certified and published=%v", what, got)
					}
				}
				warned, feesWarned := false, false
				for _, p := range k.Questionnaire.Check(k.Questionnaire.Resolve(vals), time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)) {
					warned = warned || p.Rule != nil && p.Rule.ID == "corporate-foundation-gifts"
					feesWarned = feesWarned || p.Rule != nil && p.Rule.ID == "corporate-foundation-fees"
				}
				if warned != (corporate && gifts) {
					t.Errorf("%s, %v, %s: corporate foundation's gifts warned=%v", kind, funding, law, warned)
				}
				if feesWarned != (corporate && fees) {
					t.Errorf("%s, %v, %s: corporate foundation's fees warned=%v", kind, funding, law, feesWarned)
				}
			}
		}
	}
}

// TestSmallSteeringCommitteeKeepsAppealsApart: an appeal against a
// sanction goes to the Steering Committee without the members of the Code
// of Conduct Committee; with fewer than five seats, nobody sits on both,
// lest one person decide the appeal.
func TestSmallSteeringCommitteeKeepsAppealsApart(t *testing.T) {
	k, _ := Lookup("charter")
	apart := [2]string{"none of its members sits on the Code of Conduct Committee", "aucun de ses membres ne siège au Comité du code de conduite"}
	for _, seats := range []int{3, 4, 5, 9} {
		vals := exampleValues(t, k)
		vals["governance.steering"], vals["governance.steering_seats"] = true, seats
		for li, l := range textfmt.All {
			body := clauseBody(t, k, vals, l, "conduct-committee")
			if got := strings.Contains(body, textfmt.Typeset(l, apart[li])); got != (seats < 5) {
				t.Errorf("%d seats, %s: steering and conduct committees kept apart=%v", seats, l, got)
			}
		}
	}
}

// TestPaidServicesThatMakeAManufacturerNeedTheAssembly: services that make
// the legal entity the manufacturer of the software under the Cyber
// Resilience Act are offered only after a prior decision of the Assembly
// for each category of services, as a hardware product is placed on the
// market; a public body's own organ
// sets its services instead.
func TestPaidServicesThatMakeAManufacturerNeedTheAssembly(t *testing.T) {
	k, _ := Lookup("charter")
	decision := [2]string{"only after a prior decision of the Assembly, taken for that category in the light of the obligations", "qu'après une décision préalable de l'Assemblée, prise pour cette catégorie au vu des obligations"}
	for _, vehicle := range []string{"association", "fiscal-host", "scic", "public-body"} {
		for _, resources := range [][]string{{"software"}, {"software", "hardware"}, {"data"}} {
			vals := exampleValues(t, k)
			vals["legal.vehicle"], vals["commons.resources"], vals["economy.funding"] = vehicle, resources, []string{"services"}
			for li, l := range textfmt.All {
				body := clauseBody(t, k, vals, l, "economy-funding")
				want := vehicle != "public-body" && resources[0] == "software"
				if got := strings.Contains(body, textfmt.Typeset(l, decision[li])); got != want {
					t.Errorf("%s, %v, %s: Assembly's decision before manufacturing=%v", vehicle, resources, l, got)
				}
			}
		}
	}
}
