package templates

import (
	"slices"
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

// fx7wCharter returns the plain text of clause id of the example charter
// hosted by a host of the given form under French law, open to public
// bodies, changed by set.
func fx7wCharter(t *testing.T, form string, set map[string]any, l textfmt.Lang, id string) string {
	t.Helper()
	all := map[string]any{"legal.vehicle": "fiscal-host", "legal.host_form": form, "governing_law": "FR",
		"legal.entity_name": "Fonds Savoirs Libres", "membership.classes": []string{"individuals", "public-bodies"}}
	for k, v := range set {
		all[k] = v
	}
	return fxoCharter(t, all, l, id)
}

var fx7wForms = []string{"endowment-fund", "association", "foundation", "other"}

// RW-2: hosted by an endowment fund, the charter (15.2, Annex B) and the
// licence routes of the policy (CLA item 6, FLA item 4) name one class of
// recipient of the assets, a non-profit legal person of general interest
// for its works and missions of general interest (loi n° 2008-776, art.
// 140, I), and no longer a public body; every other host keeps its own
// list, public bodies included.
func TestFx7wFundTransfersOnlyToNonProfitsOfGeneralInterest(t *testing.T) {
	gi := map[textfmt.Lang]string{textfmt.EN: "non-profit legal person whose purpose is of general interest, for its works and missions of general interest", textfmt.FR: "personne morale à but non lucratif dont l'objet est d'intérêt général, pour ses œuvres et missions d'intérêt général"}
	pb := map[textfmt.Lang]string{textfmt.EN: "or to a public body", textfmt.FR: "ou à une personne publique"}
	for _, form := range fx7wForms {
		fund := form == "endowment-fund"
		for _, l := range textfmt.All {
			holder := fx7wCharter(t, form, nil, l, "assets-holder-entity")
			if got := strings.Contains(holder, gi[l]); got != fund {
				t.Errorf("%s, %s: 15.2 limited to the general interest=%v", form, l, got)
			}
			if got := strings.Contains(holder, pb[l]); got == fund {
				t.Errorf("%s, %s: 15.2 names a public body=%v", form, l, got)
			}
			annex := fx7wCharter(t, form, nil, l, "annex-hosting")
			last := annex[strings.LastIndex(annex, map[textfmt.Lang]string{textfmt.EN: "The mandated persons moreover", textfmt.FR: "Les personnes mandatées ne signent en outre"}[l]):]
			if got := strings.Contains(last, pb[l]); got == fund {
				t.Errorf("%s, %s: Annex B check names a public body=%v", form, l, got)
			}
		}
	}
	k, _ := Lookup("contribution")
	for _, inbound := range []string{"cla", "fla"} {
		for _, form := range []string{"endowment-fund", "foundation"} {
			fund := form == "endowment-fund"
			set := map[string]any{"inbound": inbound, "legal.vehicle": "fiscal-host", "legal.host_form": form, "governing_law": "FR",
				"steward.name": k.Examples()["legal.entity_name"], "agreement.url": "https://sentiers.example/accord"}
			for _, l := range textfmt.All {
				body := fxPlain(assembleClause(t, set, l, "inbound-"+inbound))
				if got := strings.Contains(body, gi[l]); got != fund {
					t.Errorf("%s, %s, %s: transfer limited to the general interest=%v", inbound, form, l, got)
				}
				if got := strings.Contains(body, pb[l]); got == fund {
					t.Errorf("%s, %s, %s: transfer to a public body=%v", inbound, form, l, got)
				}
			}
		}
	}
}

// RW-1: hosted by an endowment fund, a public body that is a Member pays
// it no subsidy or other contribution (art. 140, III), but may pay the
// price of services it buys under 4.5.3, which the fund first checks is
// not public money; 8.4 says the same. Without paid services or public
// contracts, 4.5.2 names no price.
func TestFx7wFundBansContributionsNotContractPrices(t *testing.T) {
	ban := map[textfmt.Lang]string{textfmt.EN: "shall pay it no subsidy, fee, gift or other financial contribution", textfmt.FR: "ne lui verse aucune subvention, cotisation, don ni autre contribution financière"}
	price := map[textfmt.Lang]string{textfmt.EN: "only the price of services that it buys from it under Article 4.5.3", textfmt.FR: "ne lui paie que le prix des prestations qu'elle lui achète dans les conditions de l'article 4.5.3"}
	funds := map[textfmt.Lang]string{textfmt.EN: "shall sell services to a public body only after ascertaining", textfmt.FR: "ne vend de prestations à une personne publique qu'après s'être assurée"}
	stale := map[textfmt.Lang]string{textfmt.EN: "no sum of any kind", textfmt.FR: "aucune somme, à quelque titre que ce soit"}
	for _, form := range fx7wForms {
		fund := form == "endowment-fund"
		for _, funding := range [][]string{{"donations", "services"}, {"donations"}} {
			services := len(funding) == 2
			set := map[string]any{"economy.funding": funding}
			for _, l := range textfmt.All {
				k, _ := Lookup("charter")
				vals := exampleValues(t, k)
				for key, v := range map[string]any{"legal.vehicle": "fiscal-host", "legal.host_form": form, "governing_law": "FR", "membership.classes": []string{"individuals", "public-bodies"}, "economy.funding": funding} {
					vals[key] = v
				}
				joining := fxPlain(optionalClauseBody(t, k, vals, l, "membership-public-bodies-joining"))
				if got := strings.Contains(joining, ban[l]); got != fund {
					t.Errorf("%s, %v, %s: contributions banned=%v", form, funding, l, got)
				}
				if strings.Contains(joining, stale[l]) {
					t.Errorf("%s, %v, %s: every sum still banned", form, funding, l)
				}
				if got := strings.Contains(joining, price[l]); got != (fund && services) {
					t.Errorf("%s, %v, %s: contract price allowed=%v", form, funding, l, got)
				}
				held := fx7wCharter(t, form, set, l, "economy-funds-host")
				if got := strings.Contains(held, funds[l]); got != (fund && services) {
					t.Errorf("%s, %v, %s: 8.4 checks the contract price=%v", form, funding, l, got)
				}
			}
		}
	}
}

// RW-8: the CLA grants the Licensee rights on media known at the date of
// submission; its first item no longer claims rights for media not yet
// known (CPI, art. L. 131-6; in Belgium, CDE art. XI.167), for recipients
// of the Project either, whose rights are those of the Project's licences.
func TestFx7wCLANoUnknownMedia(t *testing.T) {
	known := map[textfmt.Lang]string{textfmt.EN: "on any medium and by any means known at the date of submission", textfmt.FR: "sur tout support et par tout procédé connus à la date de la soumission"}
	direct := map[textfmt.Lang]string{textfmt.EN: "hold directly from you the rights that those licences give, on their terms and within their limits", textfmt.FR: "tiennent ainsi directement de vous les droits que donnent ces licences, dans les termes et limites de celles-ci"}
	unknown := map[textfmt.Lang]string{textfmt.EN: "not yet known", textfmt.FR: "encore inconnus"}
	for _, law := range []string{"FR", "BE"} {
		for _, l := range textfmt.All {
			body := fxPlain(assembleClause(t, map[string]any{"inbound": "cla", "governing_law": law, "agreement.url": "https://sentiers.example/accord"}, l, "inbound-cla"))
			if !strings.Contains(body, known[l]) || !strings.Contains(body, direct[l]) {
				t.Errorf("%s, %s: CLA item 1 lost its known-media grant or its recipients' sentence:\n%s", law, l, body)
			}
			if strings.Contains(body, unknown[l]) {
				t.Errorf("%s, %s: CLA still grants unknown media", law, l)
			}
		}
	}
}

// RW-3: hosted by an endowment fund, the hosting agreement must stipulate
// (Annex B, clause 7) that gifts received for the Commons are applied
// directly to its activities or to a consumable endowment, and 8.4 applies
// that clause; no other host has clause 7.
func TestFx7wFundGiftsSpentNotCapitalised(t *testing.T) {
	clause := map[textfmt.Lang]string{textfmt.EN: "7. **Use of gifts received for the Commons.** The agreement stipulates that the Legal Entity shall apply directly to the activities of the Commons", textfmt.FR: "7. **Emploi des dons reçus pour le Commun.** La convention stipule que la Structure porteuse affecte directement aux activités du Commun"}
	held := map[textfmt.Lang]string{textfmt.EN: "as the hosting agreement stipulates (Annex B)", textfmt.FR: "comme le stipule la convention d'accueil (annexe B)"}
	for _, form := range fx7wForms {
		fund := form == "endowment-fund"
		for _, l := range textfmt.All {
			annex := fx7wCharter(t, form, nil, l, "annex-hosting")
			if got := strings.Contains(annex, clause[l]); got != fund {
				t.Errorf("%s, %s: Annex B clause 7 on gifts=%v", form, l, got)
			}
			funds := fx7wCharter(t, form, nil, l, "economy-funds-host")
			if got := strings.Contains(funds, held[l]); got != fund {
				t.Errorf("%s, %s: 8.4 applies clause 7=%v\n%s", form, l, got, funds)
			}
		}
	}
}

// RW-4: with a fiscal host, whatever its form, the Assembly is sovereign
// over the Commons only subject to the powers that the host's statutes
// reserve to its organs (Article 18.1); an association keeps the plain
// sentence.
func TestFx7wAssemblySovereignSubjectToHostOrgans(t *testing.T) {
	want := map[textfmt.Lang]string{textfmt.EN: "It is the sovereign body of the Commons, subject to the powers that the law and the statutes of the Legal Entity reserve to its organs (Article 18.1), and it alone:", textfmt.FR: "Elle est l'organe souverain du Commun, sous réserve des pouvoirs que la loi et les statuts de la Structure porteuse réservent aux organes de celle-ci (article 18.1), et elle seule :"}
	plain := map[textfmt.Lang]string{textfmt.EN: "It is the sovereign body of the Commons, and it alone:", textfmt.FR: "Elle est l'organe souverain du Commun et elle seule :"}
	for _, form := range fx7wForms {
		for _, l := range textfmt.All {
			if body := fx7wCharter(t, form, nil, l, "bodies-assembly"); !strings.Contains(body, want[l]) {
				t.Errorf("%s, %s: no reservation of the host's powers:\n%s", form, l, body)
			}
		}
	}
	for _, l := range textfmt.All {
		body := fxoCharter(t, map[string]any{"legal.vehicle": "association", "governing_law": "FR"}, l, "bodies-assembly")
		if !strings.Contains(body, plain[l]) {
			t.Errorf("association, %s: plain sovereignty sentence lost:\n%s", l, body)
		}
	}
}

// RW-5: hosted by an endowment fund, paid services are invoiced only after
// a tax ruling (LPF L. 80 B, 1°, and L. 80 C) on their profit-making
// character and on the fund's right to issue receipts, the Assembly
// choosing a separate sector, a taxable subsidiary or nothing if the
// ruling goes against them; no other host, and no charter without paid
// services, has this sentence.
func TestFx7wFundServicesNeedARuling(t *testing.T) {
	want := map[textfmt.Lang]string{textfmt.EN: "As an endowment fund, it shall invoice the first service of a category only after obtaining from the tax authorities, through the ruling procedure (Livre des procédures fiscales, Articles L. 80 B, 1°, and L. 80 C)", textfmt.FR: "Fonds de dotation, elle ne facture le premier service d'une catégorie qu'après avoir obtenu de l'administration fiscale, par la procédure de rescrit (livre des procédures fiscales, articles L. 80 B, 1°, et L. 80 C)"}
	sub := map[textfmt.Lang]string{textfmt.EN: "or to entrust them to a subsidiary subject to commercial taxes", textfmt.FR: "soit de les confier à une filiale soumise aux impôts commerciaux"}
	for _, form := range fx7wForms {
		for _, services := range []bool{true, false} {
			funding := []string{"donations"}
			if services {
				funding = append(funding, "services")
			}
			for _, l := range textfmt.All {
				body := fx7wCharter(t, form, map[string]any{"economy.funding": funding}, l, "economy-funding")
				on := form == "endowment-fund" && services
				if got := strings.Contains(body, want[l]) && strings.Contains(body, sub[l]); got != on {
					t.Errorf("%s, services=%v, %s: ruling before the first invoice=%v", form, services, l, got)
				}
			}
		}
	}
}

// RW-10: when AI contributions are allowed, whatever the route, substantial
// generated parts are disclosed in one line naming the tool, so that the
// warranty of 11.2 can be checked; lesser help need not be. The ban and
// the disclosure options keep their own clauses.
func TestFx7wAIAllowedDisclosesSubstantialParts(t *testing.T) {
	must := map[textfmt.Lang]string{textfmt.EN: "you shall say so in one line in your", textfmt.FR: "vous le signalez en une ligne dans votre"}
	exclusive := map[textfmt.Lang]string{textfmt.EN: "you shall point out in your", textfmt.FR: "vous signalez dans votre"}
	optional := map[textfmt.Lang]string{textfmt.EN: "is welcome but not required", textfmt.FR: "est bienvenu, mais n'est pas obligatoire"}
	for _, inbound := range []string{"dco", "cla", "fla", "assignment"} {
		for _, l := range textfmt.All {
			body := fxPlain(assembleClause(t, map[string]any{"inbound": inbound, "ai_contributions": "allow", "agreement.url": "https://sentiers.example/accord"}, l, "ai-allow"))
			excl := inbound == "fla" || inbound == "assignment"
			if !strings.Contains(body, optional[l]) {
				t.Errorf("%s, %s: lesser help no longer optional:\n%s", inbound, l, body)
			}
			if got := strings.Contains(body, must[l]); got == excl {
				t.Errorf("%s, %s: one-line disclosure=%v:\n%s", inbound, l, got, body)
			}
			if got := strings.Contains(body, exclusive[l]); got != excl {
				t.Errorf("%s, %s: exclusive route's disclosure=%v", inbound, l, got)
			}
		}
	}
}

// RW-9: the operator of a shared forge is the processor under its data
// processing agreement only insofar as the Project's account falls under
// an offer that agreement covers; without that answer, no such sentence.
func TestFx7wForgeProcessorOnlyUnderACoveredOffer(t *testing.T) {
	want := [2]string{"insofar as the Project's account on the forge falls under an offer that this agreement covers", "pour autant que le compte du Projet sur la forge relève d'une offre que couvre cet accord"}
	for _, dpa := range []bool{false, true} {
		for li, l := range textfmt.All {
			set := map[string]any{"project.repository_url": "https://github.com/a/b", "privacy.forge_operator": "GitHub, Inc.", "privacy.forge_dpa": dpa}
			body := fxPlain(assembleClause(t, set, l, "personal-data-recipients"))
			if got := strings.Contains(body, want[li]); got != dpa {
				t.Errorf("dpa=%v, %s: covered offer condition=%v", dpa, l, got)
			}
		}
	}
}

// RW-7: with admission by declaration or after a contribution, a refusal
// is voted by simple majority whatever the membership rule; the generator
// warns when consensus or consent, chosen directly or by default, is thus
// overridden, and not for a vote, for lazy consensus (its own warning) or
// for admission on approval.
func TestFx7wMembershipRuleOverriddenWarns(t *testing.T) {
	k, _ := Lookup("charter")
	for _, c := range []struct {
		admission, membership, def, rule string
		want                             bool
	}{
		{"contribution", "consent", "majority", "membership-refusal-voted-whatever-the-rule", true},
		{"declaration", "consensus", "majority", "membership-refusal-voted-whatever-the-rule", true},
		{"approval", "consent", "majority", "membership-refusal-voted-whatever-the-rule", false},
		{"contribution", "majority", "consent", "membership-refusal-voted-whatever-the-rule", false},
		{"contribution", "lazy-consensus", "majority", "membership-refusal-voted-whatever-the-rule", false},
		{"contribution", "default", "consent", "membership-refusal-voted-whatever-the-default-rule", true},
		{"contribution", "default", "majority", "membership-refusal-voted-whatever-the-default-rule", false},
		{"approval", "default", "consensus", "membership-refusal-voted-whatever-the-default-rule", false},
	} {
		vals := exampleValues(t, k)
		vals["membership.admission"], vals["decisions.membership"], vals["governance.default_rule"] = c.admission, c.membership, c.def
		if got := slices.Contains(brokenRules(k, vals), c.rule); got != c.want {
			t.Errorf("%+v: warned=%v", c, got)
		}
	}
}

// RW-2, devolution: hosted by an endowment fund, devolution to a public
// body holds only if it may receive the fund's assets (art. 140, I), and
// otherwise goes to a non-profit of general interest; other hosts are
// unchanged, and the generator warns.
func TestFx7wFundDevolutionToPublicBodyFallsBack(t *testing.T) {
	want := map[textfmt.Lang]string{textfmt.EN: "provided that it may receive them from an endowment fund", textfmt.FR: "pour autant qu'elle puisse les recevoir d'un fonds de dotation"}
	k, _ := Lookup("charter")
	for _, form := range fx7wForms {
		fund := form == "endowment-fund"
		for _, l := range textfmt.All {
			body := fx7wCharter(t, form, map[string]any{"exit.devolution": "public-body"}, l, "exit-devolution-public-body")
			if got := strings.Contains(body, want[l]); got != fund {
				t.Errorf("%s, %s: fallback from a public body=%v", form, l, got)
			}
		}
		vals := fundValues(t, k, form)
		vals["exit.devolution"] = "public-body"
		if got := slices.Contains(brokenRules(k, vals), "endowment-fund-devolution-to-public-body"); got != fund {
			t.Errorf("%s: warned=%v", form, got)
		}
	}
}

// RW-6: the panorama paragraph of the content article is printed only
// where the commons publishes content or data (or does not say), where
// photographs of works in public places may occur; a terminology
// specification with software and know-how does without it.
func TestFx7wPanoramaOnlyForContentOrData(t *testing.T) {
	para := map[textfmt.Lang]string{textfmt.EN: "a protected work permanently located in a public place", textfmt.FR: "une œuvre protégée placée en permanence dans un lieu public"}
	for _, c := range []struct {
		res  []string
		want bool
	}{{[]string{"software", "standard", "know-how"}, false}, {[]string{"software", "content"}, true}, {[]string{"data"}, true}, {[]string{"standard"}, false}} {
		for _, l := range textfmt.All {
			body := fxoCharter(t, map[string]any{"commons.resources": c.res}, l, "licences-content")
			if got := strings.Contains(body, para[l]); got != c.want {
				t.Errorf("%v, %s: panorama paragraph=%v", c.res, l, got)
			}
		}
	}
}
