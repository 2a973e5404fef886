package templates

import (
	"slices"
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/render/markdown"
	"apitos/internal/textfmt"
)

// fxkPublicBody are the answers of a charter carried by a French public
// body, which publishes its data under the ODbL.
func fxkPublicBody(form string) map[string]any {
	return map[string]any{
		"legal.vehicle":     "public-body",
		"legal.public_form": form,
		"legal.entity_name": "Rennes Métropole",
		"governing_law":     "FR",
		"licences.data":     "ODbL-1.0",
		"commons.resources": []string{"software", "data"},
	}
}

// fxkCharter is the whole charter, as Markdown with plain spaces and
// apostrophes, for the example answers with set.
func fxkCharter(t *testing.T, set map[string]any, l textfmt.Lang) string {
	t.Helper()
	return plainSpaces(string(markdown.Render(charterDoc(t, set, l))))
}

// fxkClause is the plain text of one clause of the charter.
func fxkClause(t *testing.T, set map[string]any, l textfmt.Lang, id string) string {
	t.Helper()
	return clausePlain(charterDoc(t, set, l), id)
}

// K-18: the charter and its policy name the same licence for the records
// of the data. A French public body may only use a licence of the list of
// CRPA D. 323-2-1, which has the ODbL but not the DbCL; since the ODbL
// licenses the database and not its contents (K2-1), both documents put
// the contents protected in their own right under the Licence Ouverte 2.0. Another vehicle puts them under the
// DbCL in both, and the policy's licence commitment lists it. Every licence
// the policy prints is one the charter names for that kind of resource.
func TestFxkDataRecordsFollowOneRule(t *testing.T) {
	records := [2]string{"those contents that are individually protected by copyright, such as descriptions, texts and photographs, are made available under the **Open Licence 2.0 (Licence Ouverte, Etalab)**", "ceux de ces contenus qui sont protégés individuellement par le droit d'auteur, tels que les descriptions, les textes et les photographies, sont mis à disposition sous la **Licence Ouverte 2.0 (Etalab)**"}
	listed := [2]string{"the DbCL 1.0 for the records that the databases contain", "la DbCL 1.0 pour les enregistrements que contiennent les bases de données"}
	for _, tc := range []struct {
		name    string
		charter map[string]any
		public  bool
	}{
		{"public body (EPCI)", fxkPublicBody("epci"), true},
		{"public body (local authority)", fxkPublicBody("local-authority"), true},
		{"public body (other)", fxkPublicBody("other"), true},
		{"association", map[string]any{"legal.vehicle": "association", "licences.data": "ODbL-1.0", "commons.resources": []string{"software", "data"}}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			policy, resolved := pairedPolicy(t, questionnaire.Values(tc.charter), questionnaire.Values{"inbound": "fla", "agreement.url": "https://example.org/fla", "contributions.types": []string{}})
			allowed := []string{}
			for _, key := range []string{"licences.software", "licences.data", "licences.content", "licences.hardware"} {
				if v, ok := resolved[key].(string); ok && v != "" {
					allowed = append(allowed, v)
				}
			}
			for li, l := range textfmt.All {
				ch := fxkCharter(t, tc.charter, l)
				pol := plainSpaces(policy[l])
				if got := strings.Contains(ch, "DbCL"); got == tc.public {
					t.Errorf("%s: charter names the DbCL=%v", l, got)
				}
				if got := strings.Contains(pol, "DbCL"); got == tc.public {
					t.Errorf("%s: policy names the DbCL=%v", l, got)
				}
				if got := strings.Contains(ch, records[li]); got != tc.public {
					t.Errorf("%s: charter puts the records under the ODbL=%v", l, got)
				}
				if got := strings.Contains(pol, listed[li]); got == tc.public {
					t.Errorf("%s: policy commitment lists the DbCL=%v:\n%s", l, got, pol)
				}
				ok := slices.Clone(allowed)
				if strings.Contains(ch, "DbCL") {
					ok = append(ok, "DbCL-1.0")
				}
				if strings.Contains(ch, records[li]) {
					ok = append(ok, "etalab-2.0")
				}
				for _, m := range spdxInText.FindAllStringSubmatch(policy[l], -1) {
					if !slices.Contains(ok, m[1]) {
						t.Errorf("%s: the policy prints %s, which the charter does not name (%v)", l, m[1], ok)
					}
				}
			}
		})
	}
}

// K-1, K-2: an EPCI is a public establishment, not a local authority; it
// adopts the charter through its deliberative body and acts within the
// powers transferred by its member communes. K-7: the delegated amount is
// printed for a public body, with its authorising officer.
func TestFxkEPCIAndAuthorisingOfficer(t *testing.T) {
	form := [2]string{"constituted as a public establishment for inter-municipal cooperation (établissement public de coopération intercommunale, French General Local Authorities Code, Articles L. 5210-1 and following), acting only within the powers that its member communes have transferred to it", "constituée en établissement public de coopération intercommunale (Code général des collectivités territoriales, articles L. 5210-1 et suivants) et n'agissant que dans la limite des compétences que ses communes membres lui ont transférées"}
	organ := [2]string{"deliberative body (organe délibérant, French General Local Authorities Code, Article L. 5211-1)", "organe délibérant (Code général des collectivités territoriales, article L. 5211-1)"}
	president := [2]string{"authorising officer (ordonnateur) of the Legal Entity, that is its president (French General Local Authorities Code, Article L. 5211-9)", "l'ordonnateur de la Structure porteuse, soit son président (Code général des collectivités territoriales, article L. 5211-9)"}
	executive := [2]string{"that is its executive, the mayor or the president of its deliberative assembly, or of the executive council that takes its place, according to its category", "soit son exécutif, le maire ou le président de son assemblée délibérante, ou du conseil exécutif qui en tient lieu, selon sa catégorie"}
	delegated := [2]string{"an expense of no more than EUR 5,000 per operation is committed without a prior opinion of the Steering Committee", "une dépense d'un montant n'excédant pas 5 000 euros par opération est engagée sans avis préalable du Comité de pilotage"}
	noDelegation := [2]string{"after the opinion that the Steering Committee gives under the rule set for budget decisions", "après l'avis que rend le Comité de pilotage selon la règle applicable aux décisions budgétaires"}
	for li, l := range textfmt.All {
		epci := fxkPublicBody("epci")
		epci["governance.steering"] = true
		epci["governance.delegation_limit"] = 5000
		legal := fxkClause(t, epci, l, "legal-public-body")
		r2Check(t, "EPCI legal "+string(l), legal, true, form[li], organ[li])
		r2Check(t, "EPCI definition "+string(l), fxkCharter(t, epci, l), true, form[li])
		funds := fxkClause(t, epci, l, "economy-funds-entity")
		r2Check(t, "EPCI funds "+string(l), funds, true, president[li], delegated[li])
		r2Check(t, "EPCI funds "+string(l), funds, false, noDelegation[li], executive[li])

		la := fxkPublicBody("local-authority")
		la["governance.steering"] = true
		la["governance.delegation_limit"] = 0
		funds = fxkClause(t, la, l, "economy-funds-entity")
		r2Check(t, "local authority funds "+string(l), funds, true, executive[li], noDelegation[li])
		r2Check(t, "local authority funds "+string(l), funds, false, delegated[li], president[li])
		r2Check(t, "local authority legal "+string(l), fxkClause(t, la, l, "legal-public-body"), false, form[li], organ[li])
	}
	// The policy names the EPCI in the same words.
	k, _ := Lookup("contribution")
	pform := [2]string{"a French public establishment for inter-municipal cooperation (établissement public de coopération intercommunale", "établissement public de coopération intercommunale (Code général des collectivités territoriales, articles L. 5210-1 et suivants) n'agissant que"}
	for li, l := range textfmt.All {
		doc := assembled(t, k, k.Examples(), map[string]any{"legal.vehicle": "public-body", "legal.public_form": "epci", "legal.entity_name": "Rennes Métropole"}, l)
		r2Check(t, "policy EPCI "+string(l), plainSpaces(string(markdown.Render(doc))), true, pform[li])
	}
}

// K-4, K-5, K-6: a public body transfers each asset by a deliberation,
// between public persons without prior declassification, to a private
// person only for a general-interest reason with counterparts; its
// appropriations are not devolved; it may withdraw from the Commons on
// notice, with a successor or the return of the rights received.
func TestFxkExitRulesOfAPublicBody(t *testing.T) {
	holder := [2][]string{
		{"Article L. 3112-1 of the Code général de la propriété des personnes publiques", "and to any other person only after the asset has been declassified", "only for a reason of general interest and in return for sufficient counterparts"},
		{"article L. 3112-1 du Code général de la propriété des personnes publiques", "et ne le cède à toute autre personne qu'après son déclassement", "que pour un motif d'intérêt général et moyennant des contreparties suffisantes"},
	}
	funds := [2]string{"after payment of its debts, its funds", "après paiement de ses dettes, ses fonds"}
	credits := [2]string{"The appropriations that the Legal Entity has allocated to the Commons are not devolved", "Les crédits que la Structure porteuse a affectés au Commun ne font l'objet d'aucune dévolution"}
	deliberate := [2]string{"the competent organ of the Legal Entity shall deliberate on the transfer of those assets to the beneficiary", "l'organe compétent de la Structure porteuse délibère sur la cession de ces biens au bénéficiaire"}
	automatic := [2]string{"they are devolved to the beneficiary that this Charter designates in advance", "ils sont dévolus au bénéficiaire que la Charte désigne à l'avance"}
	withdrawal := [2][]string{
		{"The Legal Entity may end its running of the Commons by a decision of its competent organ", "no earlier than twelve (12) months after it has been notified", "keep the Resources online", "return to their authors the rights in Contributions"},
		{"La Structure porteuse peut mettre fin au portage du Commun par une décision de son organe compétent", "au plus tôt douze (12) mois après sa notification", "maintient les Ressources en ligne", "restitue à leurs auteurs les droits sur les Contributions"},
	}
	for li, l := range textfmt.All {
		for _, dev := range []string{"public-body", "commons", "foundation"} {
			pb := fxkPublicBody("epci")
			pb["assets.holder"] = "entity"
			pb["exit.devolution"] = dev
			pb["exit.beneficiary"] = "Région Bretagne"
			name := string(l) + " public body " + dev
			r2Check(t, name, fxkClause(t, pb, l, "assets-holder-entity"), true, holder[li]...)
			dissolution := fxkClause(t, pb, l, "exit-dissolution")
			r2Check(t, name, dissolution, false, funds[li])
			r2Check(t, name, dissolution, true, credits[li])
			devolution := fxkClause(t, pb, l, "exit-devolution-"+dev)
			r2Check(t, name, devolution, true, deliberate[li])
			r2Check(t, name, devolution, false, automatic[li])
			r2Check(t, name, fxkClause(t, pb, l, "exit-withdrawal"), true, withdrawal[li]...)
		}
		assoc := map[string]any{"legal.vehicle": "association", "exit.devolution": "commons", "exit.beneficiary": "Association X"}
		name := string(l) + " association"
		r2Check(t, name, fxkClause(t, assoc, l, "exit-dissolution"), true, funds[li])
		r2Check(t, name, fxkClause(t, assoc, l, "exit-dissolution"), false, credits[li])
		if got := fxkClause(t, assoc, l, "exit-withdrawal"); got != "" {
			t.Errorf("%s: withdrawal clause without a public body:\n%s", name, got)
		}
	}
}

// K-10: a French public body that does not follow the public-sector
// frameworks is warned; when it does, the charter requires the
// accessibility statement of Law No. 2005-102, art. 47.
func TestFxkPublicFrameworksOfAPublicBody(t *testing.T) {
	k, _ := Lookup("charter")
	const rule = "french-public-body-without-public-frameworks"
	for _, tc := range []struct {
		set  map[string]any
		want bool
	}{
		{map[string]any{"legal.vehicle": "public-body", "legal.entity_name": "Rennes Métropole", "governing_law": "FR", "standards.public_frameworks": false}, true},
		{map[string]any{"legal.vehicle": "public-body", "legal.entity_name": "Rennes Métropole", "governing_law": "FR", "standards.public_frameworks": true}, false},
		{map[string]any{"legal.vehicle": "association", "governing_law": "FR", "standards.public_frameworks": false}, false},
	} {
		vals := exampleValues(t, k)
		for key, v := range tc.set {
			vals[key] = v
		}
		if got := slices.Contains(brokenRules(k, vals), rule); got != tc.want {
			t.Errorf("%v: warned=%v, want %v", tc.set, got, tc.want)
		}
	}
	statement := [2]string{"the accessibility statement, the multi-year accessibility plan", "la déclaration d'accessibilité, le schéma pluriannuel de mise en accessibilité"}
	for li, l := range textfmt.All {
		pb := fxkPublicBody("local-authority")
		pb["standards.public_frameworks"] = true
		r2Check(t, "public body "+string(l), fxkClause(t, pb, l, "transparency-accessibility"), true, statement[li])
		r2Check(t, "association "+string(l), fxkClause(t, map[string]any{"legal.vehicle": "association", "standards.public_frameworks": true}, l, "standards-public-frameworks"), false, statement[li])
	}
}

// K-13: the commitments that third parties may invoke result, for a French
// public body, from the deliberation adopting the Charter, and disputes
// about its decisions go to the administrative courts. K-14: the sole
// controller is so subject to the joint responsibility with a forge's
// operator. K-9: the French translation of the code of conduct is adopted
// with the Charter, not by the Assembly.
func TestFxkPublicBodyActsAndController(t *testing.T) {
	admin := [2]string{"Disputes relating to the decisions that the Legal Entity takes under this Charter fall within the jurisdiction of the administrative courts.", "Les litiges relatifs aux décisions que prend la Structure porteuse en application de la Charte relèvent de la juridiction administrative."}
	art1205 := [2]string{"French Civil Code, Article 1205", "Code civil, article 1205"}
	joint := [2]string{"subject to the joint responsibility with the operator of an online service provided for in Article", "sous réserve de la responsabilité conjointe avec l'exploitant d'un service en ligne prévue à l'article"}
	for li, l := range textfmt.All {
		pb := fxkPublicBody("epci")
		nature := fxkClause(t, pb, l, "legal-nature")
		r2Check(t, "public body "+string(l), nature, true, admin[li])
		r2Check(t, "public body "+string(l), nature, false, art1205[li])
		assoc := map[string]any{"legal.vehicle": "association"}
		nature = fxkClause(t, assoc, l, "legal-nature")
		r2Check(t, "association "+string(l), nature, true, art1205[li])
		r2Check(t, "association "+string(l), nature, false, admin[li])
		for _, set := range []map[string]any{pb, assoc} {
			r2Check(t, "controller "+string(l), fxkClause(t, set, l, "personal-data-controller"), true, joint[li])
		}
	}
	bilingual := fxkCharter(t, map[string]any{"legal.vehicle": "public-body", "legal.entity_name": "X", "conduct.code": "contributor-covenant-2.1"}, textfmt.EN)
	r2Check(t, "code translation", bilingual, false, "which the Assembly adopts with this Charter")
}

// K-22: the policy says who can read a report sent through the forge's
// form: a GitLab confidential issue is visible to every member with the
// Reporter role, a GitHub private report to the administrators and
// security managers; another form is not called confidential.
func TestFxkSecurityFormSaysWhoReads(t *testing.T) {
	k, _ := Lookup("contribution")
	reporter := [2]string{"Such an issue can be read by the members of the project on the forge whose role gives access to confidential issues", "Un tel ticket peut être lu par les membres du projet sur la forge dont le rôle permet de consulter les tickets confidentiels"}
	ticked := [2]string{"whose box that makes it confidential must stay ticked", "dont la case qui le rend confidentiel doit rester cochée"}
	advisory := [2]string{"Such a report can be read only by the administrators and security managers of the repository", "Un tel signalement ne peut être lu que par les administrateurs et les responsables de la sécurité du dépôt"}
	other := [2]string{"or through the reporting form at", "ou au moyen du formulaire de signalement disponible à l'adresse"}
	stale := [2]string{"confidential reporting form", "formulaire de signalement confidentiel"}
	for li, l := range textfmt.All {
		for _, tc := range []struct {
			repo, url string
			want      [][2]string
			not       [][2]string
		}{
			{"https://gitlab.com/o/p", "https://gitlab.com/o/p/-/issues/new?issue[confidential]=true", [][2]string{reporter, ticked}, [][2]string{advisory, other, stale}},
			{"https://github.com/o/p", "https://github.com/o/p/security/advisories/new", [][2]string{advisory}, [][2]string{reporter, ticked, other, stale}},
			{"https://git.example.org/o/p", "https://git.example.org/o/p/report", [][2]string{other}, [][2]string{reporter, advisory, stale}},
		} {
			doc := assembled(t, k, k.Examples(), map[string]any{"project.repository_url": tc.repo, "security.url": tc.url}, l)
			body := clausePlain(doc, "security-reporting")
			for _, p := range tc.want {
				r2Check(t, tc.url, body, true, p[li])
			}
			for _, p := range tc.not {
				r2Check(t, tc.url, body, false, p[li])
			}
		}
	}
}

// K-8: the table of decisions names the Legal Entity where it decides a
// refusal of admission and pronounces restrictive sanctions. K-11: only
// registered volunteers of an activity that the public body organises or
// requests are its occasional collaborators. K-12: a dormant commons
// entrusts its assets to a legal person, through the public body's organ.
// K-17: a permanent ban by a public body may be reviewed every two years.
func TestFxkPublicBodyTableVolunteersDormancyAndBan(t *testing.T) {
	table := [2][]string{
		{"| Legal Entity, through its president (Article", "Conduct Committee; Legal Entity, through its president (Article"},
		{"| Structure porteuse, par son président (article", "Comité du code de conduite ; Structure porteuse, par son président (article"},
	}
	volunteers := [2]string{"and for which they have registered with it, are, for that activity, its occasional collaborators", "et à laquelle ils se sont inscrits auprès d'elle, sont, pour cette activité, ses collaborateurs occasionnels"}
	dormantPB := [2]string{"to propose to the competent organ of the Legal Entity that it entrust the assets of the Commons to a legal person that meets the conditions of Article", "de proposer à l'organe compétent de la Structure porteuse de confier les biens du Commun à une personne morale qui remplit les conditions de l'article"}
	dormant := [2]string{"to entrust the assets of the Commons to a legal person that meets the conditions of Article", "de confier les biens du Commun à une personne morale qui remplit les conditions de l'article"}
	community := [2]string{"another community", "une autre communauté"}
	review := [2]string{"the person may ask the Legal Entity to lift it once two (2) years have passed", "la personne peut demander à la Structure porteuse de la lever à l'expiration d'un délai de deux (2) ans"}
	for li, l := range textfmt.All {
		for _, code := range []string{"contributor-covenant-2.1", "contributor-covenant-3.0"} {
			pb := fxkPublicBody("epci")
			pb["governance.steering"] = true
			pb["conduct.code"] = code
			name := string(l) + " public body " + code
			r2Check(t, name, fxkCharter(t, pb, l), true, table[li]...)
			r2Check(t, name, fxkClause(t, pb, l, "assets-insurance"), true, volunteers[li])
			r2Check(t, name, fxkClause(t, pb, l, "exit-dormancy"), true, dormantPB[li])
			r2Check(t, name, fxkClause(t, pb, l, "exit-dormancy"), false, community[li])
			r2Check(t, name, fxkClause(t, pb, l, "conduct-sanctions"), true, review[li])

			assoc := map[string]any{"legal.vehicle": "association", "governance.steering": true, "conduct.code": code}
			name = string(l) + " association " + code
			r2Check(t, name, fxkCharter(t, assoc, l), false, table[li]...)
			r2Check(t, name, fxkClause(t, assoc, l, "exit-dormancy"), true, dormant[li])
			r2Check(t, name, fxkClause(t, assoc, l, "exit-dormancy"), false, community[li], dormantPB[li])
			r2Check(t, name, fxkClause(t, assoc, l, "conduct-sanctions"), false, review[li])
		}
	}
}

// K-20: under an FLA, the Licensee receives exclusive licences from
// individual contributors and non-exclusive ones from public bodies and
// minors: its definition says so.
func TestFxkLicenceHolderReceivesEveryLicence(t *testing.T) {
	k, _ := Lookup("contribution")
	def := [2]string{"licences, exclusive or not, that are described in", "les licences, exclusives ou non, décrites à l'"}
	old := [2]string{"exclusive licence described in", "la licence exclusive décrite"}
	for li, l := range textfmt.All {
		for _, inbound := range []string{"fla", "cla"} {
			doc := assembled(t, k, k.Examples(), map[string]any{"inbound": inbound, "agreement.url": "https://example.org/agreement"}, l)
			md := plainSpaces(string(markdown.Render(doc)))
			r2Check(t, string(l)+" "+inbound, md, inbound == "fla", def[li])
			r2Check(t, string(l)+" "+inbound, md, false, old[li])
		}
	}
}

// K-24: the carve-out of L. 111-1 al. 4 for teachers and researchers is
// printed for a university, a research body or another public body, not
// for a local authority or an EPCI, which employ none.
func TestFxkTeachersCarveOutOnlyWhereThereAreAny(t *testing.T) {
	want := [2]string{"such as university teachers and researchers (Article L. 111-1, paragraph 4, of that Code)", "tels que les enseignants-chercheurs et les chercheurs (article L. 111-1, alinéa 4, du même code)"}
	for li, l := range textfmt.All {
		for _, form := range []string{"university", "research", "other", "local-authority", "epci"} {
			body := fxkClause(t, fxkPublicBody(form), l, "economy-paid-work")
			r2Check(t, string(l)+" "+form, body, form != "local-authority" && form != "epci", want[li])
		}
	}
}
