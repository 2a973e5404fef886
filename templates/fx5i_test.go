package templates

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

// fx5iPolicy assembles clause id of a contribution policy linked to the
// example charter changed by chSet, with the answers it takes from the
// charter, changed by set; spaces and apostrophes plain.
func fx5iPolicy(t *testing.T, chSet, set map[string]any, l textfmt.Lang, id string) string {
	t.Helper()
	policy, _ := Lookup("contribution")
	charter, _ := Lookup("charter")
	ch := charter.Examples()
	for k, v := range chSet {
		ch[k] = v
	}
	resolved := charter.Questionnaire.Resolve(ch)
	vals := linkedExamples(policy)
	vals.SetCharterAnswers(resolved)
	for k, v := range policy.Questionnaire.FromCharter(resolved) {
		vals[k] = v
	}
	return plainSpaces(clauseWith(t, policy, vals, set, l, id))
}

// fx5iHas fails when body does not contain want, or contains it when it
// should not.
func fx5iHas(t *testing.T, what, body, want string, should bool) {
	t.Helper()
	if strings.Contains(body, want) != should {
		t.Errorf("%s: contains %q = %v, want %v", what, want, !should, should)
	}
}

// RI2-20: under every agreement with an outbound commitment, a policy that
// refers to a charter states one rule on a change of licence, the
// charter's: the licensee alone may distribute a combined work; moving the
// Project to a later version is a change of licence decided under the
// charter's procedure; a change so decided reaches the Contributions under
// the "listed" commitment, and only with the author's consent under the
// "current" one. Without a charter, none of it is printed. The charter
// says the same.
func TestFx5iRelicensingOneRule(t *testing.T) {
	alone := [2]string{"It may distribute a combined work within those limits without a prior decision.", "Il peut diffuser une œuvre combinée dans ces limites sans décision préalable."} // not « seul », which reads as "only it may" (RU-1)
	later := [2]string{"is, however, a change of licence, which takes place only on a decision taken under the conditions that", "est en revanche un changement de licence, qui n'a lieu que sur une décision prise dans les conditions que prévoit"}
	reach := [2]string{"A change to another free licence decided under the same conditions extends this commitment to that licence", "Un changement vers une autre licence libre, décidé dans ces mêmes conditions, étend cet engagement à cette licence"}
	consent := [2]string{"A change to another licence so decided applies to your Contributions only with your express consent.", "Un changement vers une autre licence ainsi décidé ne s'applique à vos Contributions qu'avec votre accord exprès."}
	for _, inbound := range []string{"cla", "fla", "assignment"} {
		for _, out := range []string{"listed", "current"} {
			for li, l := range textfmt.All {
				id := "cla-outbound-" + out
				set := map[string]any{"inbound": inbound, "cla.outbound": out}
				what := inbound + "/" + out + "/" + string(l)
				linked := plainSpaces(assembleLinked(t, set, l, id))
				fx5iHas(t, what, linked, alone[li], true)
				fx5iHas(t, what, linked, later[li], true)
				fx5iHas(t, what, linked, reach[li], out == "listed")
				fx5iHas(t, what, linked, consent[li], out == "current")
				bare := plainSpaces(assembleClause(t, set, l, id))
				if strings.Contains(bare, "Charter") || strings.Contains(bare, "Charte") {
					continue // the examples name a charter address
				}
				fx5iHas(t, what+" without charter", bare, alone[li], false)
				fx5iHas(t, what+" without charter", bare, reach[li], false)
			}
		}
	}
	charterSays := [2]string{"Moving a Resource to a later version of its licence is a change of licence within the meaning of this Section. By contrast, distributing a combined work under a free licence that the licence of a Resource allows anyone to use is not one and requires no decision.", "Le passage d'une Ressource à une version ultérieure de sa licence est un changement de licence au sens du présent article. En revanche, la diffusion d'une œuvre combinée sous une licence libre que la licence d'une Ressource permet à quiconque d'employer n'en est pas un et n'exige aucune décision."}
	for _, v := range []string{"fiscal-host", "association", "none"} {
		for li, l := range textfmt.All {
			body := fxriCharter(t, map[string]any{"legal.vehicle": v}, l, "licences-change")
			fx5iHas(t, v+"/"+string(l), body, charterSays[li], true)
		}
	}
}

// RI2-1: one organ accepts third-party material, the Maintainers, as they
// accept every Contribution; the Technical Committee keeps the list of
// checked data sources, and a linked policy with data tells contributors
// that a source on it need not be checked again.
func TestFx5iMaintainersAcceptThirdPartyMaterial(t *testing.T) {
	accept := [2]string{"The Maintainers of the Resource may accept such an element only if its licence is compatible", "Les Mainteneurs de la Ressource n'acceptent un tel élément que si sa licence est compatible"}
	list := [2]string{"in the list of checked sources that it keeps in the documentation of the Resource", "sur la liste des sources vérifiées, qu'il tient dans la documentation de la Ressource"}
	for _, v := range []string{"fiscal-host", "association", "none"} {
		for _, res := range [][]string{{"software", "data"}, {"content"}} {
			for li, l := range textfmt.All {
				body := fxriCharter(t, map[string]any{"legal.vehicle": v, "commons.resources": res}, l, "licences-third-party")
				what := v + "/" + strings.Join(res, "+") + "/" + string(l)
				fx5iHas(t, what, body, accept[li], true)
				fx5iHas(t, what, body, [2]string{"The Technical Committee may accept", "Le Comité technique n'accepte"}[li], false)
				fx5iHas(t, what, body, list[li], res[len(res)-1] == "data")
			}
		}
	}
	policy := [2]string{"A source that the Technical Committee has recorded in the list of checked sources under", "Une source que le Comité technique a inscrite sur la liste des sources vérifiées, en application de"}
	for li, l := range textfmt.All {
		linked := fx5iPolicy(t, map[string]any{"commons.resources": []string{"software", "data"}}, map[string]any{"contributions.types": []string{"code", "data"}}, l, "contributions-data")
		fx5iHas(t, "linked "+string(l), linked, policy[li], true)
		bare := plainSpaces(assembleClause(t, map[string]any{"contributions.types": []string{"code", "data"}}, l, "contributions-data"))
		fx5iHas(t, "bare "+string(l), bare, policy[li], false)
	}
}

// RI2-3: a charter whose answers say the legal entity is neither a CRA
// manufacturer nor a steward states that position briefly, with its
// yearly review, and not the conditional duties; unticked, it keeps them.
// No drafting note on the authorised representative is printed.
func TestFx5iCRAPositionStated(t *testing.T) {
	short := [2]string{"At the date of this Charter, the Legal Entity is neither a manufacturer nor an open-source software steward within the meaning of Regulation (EU) 2024/2847", "À la date de la Charte, la Structure porteuse n'est ni fabricant ni steward de logiciels libres et open source au sens du règlement (UE) 2024/2847"}
	review := [2]string{"The Technical Committee shall review this position every year", "Le Comité technique réexamine chaque année cette qualification"}
	duties := [2]string{"it is that product's manufacturer", "elle en est le fabricant"}
	for _, v := range []string{"fiscal-host", "association", "scic"} {
		for _, none := range []bool{true, false} {
			for li, l := range textfmt.All {
				body := fxriCharter(t, map[string]any{"legal.vehicle": v, "legal.cra_none": none}, l, "bodies-technical")
				what := v + "/" + string(l)
				fx5iHas(t, what, body, short[li], none)
				fx5iHas(t, what, body, review[li], none)
				fx5iHas(t, what, body, duties[li], !none)
				fx5iHas(t, what, body, [2]string{"authorised representative of Article 3(15)", "mandataire de l'article 3, point 15"}[li], false)
			}
		}
	}
	// Without software in the Resources, the question does not apply.
	for li, l := range textfmt.All {
		body := fxriCharter(t, map[string]any{"legal.cra_none": true, "commons.resources": []string{"data"}}, l, "bodies-technical")
		fx5iHas(t, "data only "+string(l), body, short[li], false)
	}
}

// RI2-4: for every host form, 18.1 refers to an annex that lists the
// clauses the hosting agreement must contain, and requires the agreement
// to be published with a signed statement of conformity, which the key
// information recalls; other vehicles have neither the annex nor the line.
func TestFx5iHostingAgreementAnnex(t *testing.T) {
	ref := [2]string{"only if it contains each of the clauses listed in Annex B", "que si elle comporte chacune des clauses énumérées à l'annexe B"}
	statement := [2]string{"with a statement signed by its legal representative and by the mandated persons that certifies that it contains each of those clauses or names those it lacks", "avec une déclaration signée de son représentant légal et des personnes mandatées qui atteste qu'elle comporte chacune de ces clauses ou indique celles qui y manquent"}
	items := [2][]string{{"1. **Undertakings of the Legal Entity.**", "3. **Notice.** It provides for a notice of at least six (6) months", "5. **No personal obligation.**", "6. **Mandate of the Maintainers and confidentiality.**"},
		{"1. **Engagements de la Structure porteuse.**", "3. **Préavis.** Elle prévoit un préavis d'au moins six (6) mois", "5. **Absence d'engagement personnel.**", "6. **Mandat des Mainteneurs et confidentialité.**"}}
	key := [2]string{"**Hosting agreement:** published in the Governance Space, with the statement certifying that it contains each of the clauses of Annex B", "**Convention d'accueil :** publiée dans l'Espace de gouvernance, avec la déclaration attestant qu'elle comporte chacune des clauses de l'annexe B"}
	for _, h := range fxriHosts {
		for li, l := range textfmt.All {
			what := fmt.Sprint(h, l)
			host := fxriCharter(t, h, l, "legal-fiscal-host")
			fx5iHas(t, what, host, ref[li], true)
			fx5iHas(t, what, host, statement[li], true)
			fx5iHas(t, what, host, [2]string{"Nor do the mandated persons sign it", "ne la signent pas non plus"}[li], false)
			annex := fxriCharter(t, h, l, "annex-hosting")
			for _, it := range items[li] {
				fx5iHas(t, what, annex, it, true)
			}
			fx5iHas(t, what, fxriCharter(t, h, l, "key-information"), key[li], true)
		}
	}
	k, _ := Lookup("charter")
	for _, v := range []string{"association", "none"} {
		for li, l := range textfmt.All {
			vals := exampleValues(t, k)
			vals["legal.vehicle"] = v
			doc := assembled(t, k, vals, nil, l)
			if _, ok := doc.Clause("annex-hosting"); ok {
				t.Errorf("%s %s: annex of the hosting agreement printed", v, l)
			}
			c, _ := doc.Clause("key-information")
			fx5iHas(t, v+string(l), plainSpaces(c.Body), key[li], false)
		}
	}
}

// RI2-9: a photograph of a protected work in a public place enters the
// Resources only with the rightholder's authorisation, since the content
// licence allows commercial use and the French panorama exception
// excludes it (CPI L. 122-5, 11°); the French source is cited only under
// French law. Both the charter and the policy say so.
func TestFx5iPanoramaPhotographs(t *testing.T) {
	policy := [2]string{"A photograph or other reproduction of a protected work permanently located in a public place", "La photographie ou toute autre reproduction d'une œuvre protégée placée en permanence dans un lieu public"}
	charter := [2]string{"the Commons publishes a photograph or other reproduction of a protected work permanently located in a public place", "le Commun ne publie la photographie ou toute autre reproduction d'une œuvre protégée placée en permanence dans un lieu public"}
	cpi := [2]string{"Article L. 122-5, 11°", "article L. 122-5, 11°"}
	for _, law := range []string{"FR", "BE"} {
		for li, l := range textfmt.All {
			what := law + "/" + string(l)
			p := plainSpaces(assembleClause(t, map[string]any{"governing_law": law}, l, "contributions-third-party"))
			fx5iHas(t, what, p, policy[li], true)
			fx5iHas(t, what, p, cpi[li], law == "FR")
			c := fxriCharter(t, map[string]any{"governing_law": law}, l, "licences-content")
			fx5iHas(t, what, c, charter[li], true)
			fx5iHas(t, what, c, "L. 122-5, 11°", law == "FR")
		}
	}
}

// RI2-22: what the tool cannot know is a condition or an obligation: the
// forge operator's Data Privacy Framework certification is checked at each
// edition, and the joint controllers' arrangement is published if one is
// concluded, the host answering meanwhile.
func TestFx5iForgeStatementsAreConditions(t *testing.T) {
	dpf := [2]string{"provided that the operator appears on the list of organisations certified under that Framework", "pour autant que l'exploitant figure sur la liste des organisations certifiées au titre de ce cadre"}
	art26 := [2]string{"If such an arrangement is concluded, the Legal Entity shall publish its essence in the repository of the Project (GDPR, Article 26(2))", "Si un tel accord est conclu, la Structure porteuse en publie l'essentiel dans le dépôt du Projet (RGPD, article 26, paragraphe 2)"}
	stale := [2]string{"certified under that Framework at the date of this policy", "est certifié à la date de la présente politique"}
	for li, l := range textfmt.All {
		set := map[string]any{"project.repository_url": "https://gitlab.com/sentiers/sentiers", "privacy.forge_operator": "GitLab Inc.", "privacy.transfer": "adequacy", "privacy.transfer_country": "us", "privacy.operator_eea": false}
		body := plainSpaces(assembleClause(t, set, l, "personal-data-recipients"))
		fx5iHas(t, string(l), body, dpf[li], true)
		fx5iHas(t, string(l), body, art26[li], true)
		fx5iHas(t, string(l), body, stale[li], false)
	}
}

// RI2-6: a fallback beneficiary named by its name alone, with no seat or
// registration number, is flagged; one identified by its seat and number,
// or none at all, is not.
func TestFx5iBeneficiaryIdentified(t *testing.T) {
	k, _ := Lookup("charter")
	for name, want := range map[string]bool{
		"Association Eau Libre": true,
		"l'association Eau Libre, dont le siège est au 10 rue X, 69001 Lyon, RNA W691000000": false,
		"": false,
	} {
		vals := exampleValues(t, k)
		vals["exit.beneficiary"] = name
		if got := slices.Contains(brokenRules(k, vals), "beneficiary-not-identified"); got != want {
			t.Errorf("%q: warned=%v, want %v", name, got, want)
		}
	}
}

// RI2-10: a charter whose formats name OpenStreetMap, with data among its
// Resources, says how OSM data come in (checked source, attribution) and
// who decides to contribute data to OSM; otherwise it says nothing of OSM.
func TestFx5iOpenStreetMap(t *testing.T) {
	osm := [2]string{"OpenStreetMap data are distributed under the ODbL and require the notice “© OpenStreetMap contributors”", "Les données d'OpenStreetMap sont diffusées sous l'ODbL et exigent la mention « © contributeurs OpenStreetMap »"}
	export := [2]string{"it takes place only on a decision of the Assembly taken under the rules of", "il n'a lieu que sur décision de l'Assemblée, prise selon les règles de l'"}
	for _, c := range []struct {
		formats   string
		resources []string
		want      bool
	}{
		{"CSV, GeoJSON and the OpenStreetMap \"amenity=drinking_water\" tagging scheme", []string{"data", "content"}, true},
		{"CSV and GeoJSON", []string{"data", "content"}, false},
		{"the openstreetmap scheme", []string{"software", "content"}, false},
	} {
		for li, l := range textfmt.All {
			body := fxriCharter(t, map[string]any{"standards.formats": c.formats, "commons.resources": c.resources}, l, "licences-third-party")
			what := c.formats + "/" + string(l)
			fx5iHas(t, what, body, osm[li], c.want)
			fx5iHas(t, what, body, export[li], c.want)
		}
	}
}

// RI2-23: under French law, the minors' non-exclusive licence states its
// purpose, so that it is not read as a gift, which a minor's
// representatives could not make (C. civ. 387-2); not under another law.
func TestFx5iMinorsLicenceIsNoGift(t *testing.T) {
	cause := [2]string{"That licence is not made with donative intent and is not a gift", "Cette licence ne procède d'aucune intention libérale et n'est pas une donation"}
	for _, law := range []string{"FR", "BE"} {
		for li, l := range textfmt.All {
			body := plainSpaces(assembleClause(t, map[string]any{"inbound": "fla", "governing_law": law}, l, "steward-minors"))
			fx5iHas(t, law+"/"+string(l), body, cause[li], law == "FR")
		}
	}
}

// RI2-7: the interim Steering Committee has at most the number of seats,
// since the founders may be fewer or not spread across the categories.
func TestFx5iInterimCommitteeAtMost(t *testing.T) {
	want := [2]string{"an interim Steering Committee of at most seven (7) members", "un Comité de pilotage provisoire d'au plus sept (7) membres"}
	for li, l := range textfmt.All {
		body := fxriCharter(t, map[string]any{"governance.steering": true, "governance.steering_seats": 7, "version": "1.0"}, l, "transitional")
		fx5iHas(t, string(l), body, want[li], true)
	}
}
