package templates

import (
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"apitos/internal/answers"
	"apitos/internal/questionnaire"
	"apitos/internal/render/markdown"
	"apitos/internal/textfmt"
)

// pairedPolicy writes the example charter with the answers given, and the
// example policy naming it with the policy answers given (the answers it
// takes from the charter left out), parses the policy as the command line
// does and assembles it in both languages, final. It returns the Markdown
// by language and the charter's resolved answers.
func pairedPolicy(t *testing.T, charterAnswers, policyAnswers questionnaire.Values) (map[textfmt.Lang]string, questionnaire.Values) {
	t.Helper()
	c, _ := Lookup("charter")
	k, _ := Lookup("contribution")
	dir := t.TempDir()
	charter := c.Examples()
	for key, v := range charterAnswers {
		charter[key] = v
	}
	policy := k.Examples()
	for _, qq := range k.Questionnaire.Linked() {
		delete(policy, qq.Key)
	}
	for key, v := range policyAnswers {
		policy[key] = v
	}
	policy.SetCharter("charter.yaml")
	write(t, c, charter, filepath.Join(dir, "charter.yaml"))
	path := filepath.Join(dir, "policy.yaml")
	f, issues := answers.ParseFile(path, write(t, k, policy, path), Registry)
	if len(issues) > 0 {
		t.Fatalf("the linked policy is refused:%s", words(issues))
	}
	out := map[textfmt.Lang]string{}
	for _, l := range textfmt.All {
		doc, err := k.Assemble(f.Values, l, Final)
		if err != nil {
			t.Fatalf("%s: %v", l, err)
		}
		out[l] = string(markdown.Render(doc))
	}
	return out, c.Questionnaire.Resolve(charter)
}

// spdxInText finds the SPDX identifiers a policy prints as such: quoted
// as code, or after "SPDX-License-Identifier:".
var spdxInText = regexp.MustCompile("(?:`|SPDX-License-Identifier: )([A-Za-z0-9.+-]+-[0-9][A-Za-z0-9.+-]*|MIT|etalab-2\\.0)`?")

// SI-3: a commons whose resources hold no software links a policy that
// sets no licence for code and welcomes no code; every licence the policy
// prints is one the charter names for that kind of resource, in both
// languages.
func TestPolicyFollowsTheResourcesOfItsCharter(t *testing.T) {
	code := map[textfmt.Lang]string{textfmt.EN: "- **Code**, including the text of the interface", textfmt.FR: "- **Code**, y compris les textes de l’interface"}
	dataBullet := map[textfmt.Lang]string{textfmt.EN: "- **Data:** ", textfmt.FR: "- **Données :** "}
	summaryCode := map[textfmt.Lang]string{textfmt.EN: "**Licences:** code under", textfmt.FR: "**Licences :** code sous"}
	welcomeCode := map[textfmt.Lang]string{textfmt.EN: "whether code or not", textfmt.FR: "qu’il s’agisse de code ou non"}
	for _, tc := range []struct {
		name      string
		resources []string
		data      string // the charter's licence of data
		types     []string
		wantCode  bool
		wantData  bool
	}{
		{"content only, every kind welcomed", []string{"content"}, "", []string{}, false, false},
		{"content only, documentation and translation", []string{"content"}, "", []string{"documentation", "translation"}, false, false},
		{"data only, every kind welcomed", []string{"data"}, "etalab-2.0", []string{}, false, true},
		{"data and standards, data welcomed", []string{"data", "standard"}, "ODbL-1.0", []string{"data", "documentation"}, false, true},
		{"software and content", []string{"software", "content"}, "", []string{}, true, false},
		{"none ticked: the charter covers every kind", []string{}, "CC0-1.0", []string{}, true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ch := questionnaire.Values{"commons.resources": tc.resources, "licences.software": "MPL-2.0", "licences.content": "CC-BY-4.0"}
			if tc.data != "" {
				ch["licences.data"] = tc.data
			}
			md, resolved := pairedPolicy(t, ch, questionnaire.Values{"contributions.types": tc.types})
			allowed := []string{}
			for _, key := range []string{"licences.software", "licences.data", "licences.content", "licences.hardware", "licences.tooling"} {
				if v, ok := resolved[key].(string); ok && v != "" {
					allowed = append(allowed, v)
				}
			}
			if slices.Contains(allowed, "ODbL-1.0") {
				allowed = append(allowed, "DbCL-1.0") // the ODbL's own licence of contents
			}
			for _, l := range textfmt.All {
				text := md[l]
				if got := strings.Contains(text, textfmt.Typeset(l, code[l])); got != tc.wantCode {
					t.Errorf("%s: code licence printed=%v, want %v", l, got, tc.wantCode)
				}
				if got := strings.Contains(text, textfmt.Typeset(l, summaryCode[l])); got != tc.wantCode {
					t.Errorf("%s: code in the summary=%v, want %v", l, got, tc.wantCode)
				}
				if len(tc.types) == 0 {
					if got := strings.Contains(text, textfmt.Typeset(l, welcomeCode[l])); got != tc.wantCode {
						t.Errorf("%s: code welcomed=%v, want %v", l, got, tc.wantCode)
					}
				}
				if got := strings.Contains(text, textfmt.Typeset(l, dataBullet[l])); got != tc.wantData {
					t.Errorf("%s: data licence printed=%v, want %v", l, got, tc.wantData)
				}
				for _, m := range spdxInText.FindAllStringSubmatch(text, -1) {
					if !slices.Contains(allowed, m[1]) {
						t.Errorf("%s: the policy prints %s, which the charter does not name (%v)", l, m[1], allowed)
					}
				}
				if !strings.Contains(text, "`CC-BY-4.0`") {
					t.Errorf("%s: the charter's licence of content is not printed", l)
				}
				if tc.wantData && !strings.Contains(text, "`"+tc.data+"`") {
					t.Errorf("%s: the charter's licence of data %s is not printed", l, tc.data)
				}
			}
		})
	}
}

// A charter that ticks no resource sets licences for software and data:
// the policy's yes-or-no answers read from the charter say so.
func TestCharterTickingNoResourceCoversSoftwareAndData(t *testing.T) {
	k, _ := Lookup("contribution")
	for _, tc := range []struct {
		resources          []string
		software, data, hw bool
	}{
		{[]string{}, true, true, false},
		{[]string{"content"}, false, false, false},
		{[]string{"data", "hardware"}, false, true, true},
		{[]string{"software"}, true, false, false},
	} {
		got := k.Questionnaire.FromCharter(questionnaire.Values{"commons.resources": tc.resources})
		if got["project.software"] != tc.software || got["project.data"] != tc.data || got["project.hardware"] != tc.hw {
			t.Errorf("resources %v: software %v, data %v, hardware %v; want %v, %v, %v", tc.resources,
				got["project.software"], got["project.data"], got["project.hardware"], tc.software, tc.data, tc.hw)
		}
	}
}

// SI-2: glossaries and terminologies have a licence, the data licence
// when kept as a dataset in a project that has one, the documentation's
// otherwise, in both languages.
func TestGlossaryLicence(t *testing.T) {
	for _, tc := range []struct {
		resources []string
		want      map[textfmt.Lang]string
	}{
		{[]string{"content"}, map[textfmt.Lang]string{
			textfmt.EN: "A translation is a Contribution like any other: a translation of the documentation is licensed under the licence of the documentation, a translation of a glossary or of a terminology under the licence that",
			textfmt.FR: "Une traduction est une Contribution comme une autre : la traduction de la documentation relève de la licence de la documentation, celle d'un glossaire ou d'une terminologie de la licence que lui applique",
		}},
		{[]string{"content"}, map[textfmt.Lang]string{
			textfmt.EN: "A glossary or a terminology of the Project, its entries and their translations included, falls under the licence of the documentation.",
			textfmt.FR: "Un glossaire ou une terminologie du Projet, y compris ses entrées et leurs traductions, relève de la licence de la documentation.",
		}},
		{[]string{"data", "content"}, map[textfmt.Lang]string{
			textfmt.EN: "falls under the licence of data where it is kept as a dataset, one record per entry",
			textfmt.FR: "relève de la licence des données lorsqu’il est tenu sous forme de jeu de données, à raison d’un enregistrement par entrée",
		}},
	} {
		md, _ := pairedPolicy(t, questionnaire.Values{"commons.resources": tc.resources}, questionnaire.Values{"contributions.types": []string{}})
		for _, l := range textfmt.All {
			if !strings.Contains(md[l], textfmt.Typeset(l, tc.want[l])) {
				t.Errorf("resources %v, %s: no %q", tc.resources, l, tc.want[l])
			}
		}
	}
}

// policy2Text renders the example policy, changed by set, in language l.
func policy2Text(t *testing.T, set map[string]any, l textfmt.Lang) string {
	t.Helper()
	k, _ := Lookup("contribution")
	return string(markdown.Render(assembled(t, k, k.Examples(), set, l)))
}

// The phrases each case must print, and those it must not, per language.
type policy2Case struct {
	name      string
	set       map[string]any
	want, not map[textfmt.Lang][]string
}

func checkPolicy2(t *testing.T, cases []policy2Case) {
	t.Helper()
	for _, c := range cases {
		for _, l := range textfmt.All {
			text := policy2Text(t, c.set, l)
			for _, p := range c.want[l] {
				if !strings.Contains(text, textfmt.Typeset(l, p)) {
					t.Errorf("%s, %s: no %q", c.name, l, p)
				}
			}
			for _, p := range c.not[l] {
				if strings.Contains(text, textfmt.Typeset(l, p)) {
					t.Errorf("%s, %s: still %q", c.name, l, p)
				}
			}
		}
	}
}

// SJ-5: the public information of an administration enters only under a
// licence of the decree's list that allows its distribution under the
// Project's licence of data: the ODbL's share-alike forbids the Licence
// Ouverte, which itself allows any licence that keeps attribution.
func TestPublicDataEnterUnderTheDataLicence(t *testing.T) {
	agreement := map[string]any{"inbound": "cla", "agreement.url": "https://sentiers.example/accord"}
	with := func(data string) map[string]any {
		set := map[string]any{"licences.data": data}
		for k, v := range agreement {
			set[k] = v
		}
		return set
	}
	checkPolicy2(t, []policy2Case{
		{"Licence Ouverte", with("etalab-2.0"), map[textfmt.Lang][]string{
			textfmt.EN: {"only after it has published them under a licence of that list that allows them to be distributed under the licence of the Project's data (the Licence Ouverte 2.0 itself, the ODbL not allowing it)"},
			textfmt.FR: {"sous une licence de cette liste qui permet de les diffuser sous la licence des données du Projet (la Licence Ouverte 2.0 elle-même, l'ODbL ne le permettant pas)"},
		}, map[textfmt.Lang][]string{
			textfmt.EN: {"such as the Licence Ouverte 2.0 (Open Licence) or the ODbL"},
			textfmt.FR: {"telle que la Licence Ouverte 2.0 ou l'ODbL"},
		}},
		{"ODbL", with("ODbL-1.0"), map[textfmt.Lang][]string{
			textfmt.EN: {"distributed under the licence of the Project's data (the ODbL itself or the Licence Ouverte 2.0, which allows it)"},
			textfmt.FR: {"diffuser sous la licence des données du Projet (l'ODbL elle-même ou la Licence Ouverte 2.0, qui le permet)"},
		}, nil},
		{"CC0", with("CC0-1.0"), map[textfmt.Lang][]string{
			textfmt.EN: {"(neither the Licence Ouverte 2.0 nor the ODbL allowing it, only a licence approved under Article L. 323-2 of that Code that allows it)"},
			textfmt.FR: {"(ni la Licence Ouverte 2.0 ni l'ODbL ne le permettant, seule une licence homologuée en application de l'article L. 323-2 de ce code qui le permet)"},
		}, nil},
	})
}

// SJ-4: whatever the agreement, the rights received pass only to a
// non-profit legal person or a public body that takes over the
// commitments, as the charter's articles on the holder of the assets and
// on devolution provide; the CLA says so as the FLA and the assignment do.
func TestRightsReceivedPassOnlyToNonProfitOrPublicBodies(t *testing.T) {
	var cases []policy2Case
	for _, inbound := range []string{"cla", "fla", "assignment"} {
		cases = append(cases, policy2Case{inbound, map[string]any{"inbound": inbound, "agreement.url": "https://sentiers.example/accord"}, map[textfmt.Lang][]string{
			textfmt.EN: {"to a non-profit legal person or to a public body that takes"},
			textfmt.FR: {"à une personne morale à but non lucratif ou à une personne publique, qui "},
		}, map[textfmt.Lang][]string{
			textfmt.EN: {"to a person that takes it over"},
			textfmt.FR: {"à une personne qui le reprend"},
		}})
	}
	checkPolicy2(t, cases)
	// Linked, the transfer follows the charter's article on the holder
	// of the assets, cited by number.
	c, _ := Lookup("charter")
	for _, inbound := range []string{"cla", "fla", "assignment"} {
		md, resolved := pairedPolicy(t, nil, questionnaire.Values{"inbound": inbound, "agreement.url": "https://sentiers.example/accord"})
		for _, l := range textfmt.All {
			doc, err := c.Assemble(resolved, l, Preview)
			if err != nil {
				t.Fatal(err)
			}
			holder, ok := doc.Clause("assets-holder-entity")
			if !ok {
				t.Fatal("the example charter has no holder of the assets")
			}
			want := map[textfmt.Lang]string{textfmt.EN: "in the cases that " + holder.Label(l) + " of the Charter provides", textfmt.FR: "dans les cas que prévoit l’" + holder.Label(l) + " de la Charte"}[l]
			{
				// RI-20: every route lists every transfer case of the
				// charter, the holder's article among them.
				want = map[textfmt.Lang]string{textfmt.EN: "in the cases that the Charter provides for (", textfmt.FR: "dans les cas que prévoit la Charte ("}[l]
				if i := strings.Index(md[l], want); i >= 0 && !strings.Contains(md[l][i:min(len(md[l]), i+len(want)+60)], holder.Number) {
					t.Errorf("%s, %s: holder's article %s not listed", inbound, l, holder.Number)
				}
			}
			if !strings.Contains(md[l], want) {
				t.Errorf("%s, %s: no %q", inbound, l, want)
			}
		}
	}
}

// SJ-7: standard contractual clauses frame a transfer outside the EEA; an
// operator established in the EEA is the controller's processor under
// Article 28 and concludes the clauses with its own subprocessors.
func TestClausesOfAnOperatorInTheEEA(t *testing.T) {
	set := func(eea bool) map[string]any {
		return map[string]any{"privacy.transfer": "scc", "privacy.operator_eea": eea, "privacy.forge_operator": "Forge Hébergement GmbH", "project.repository_url": "https://git.sentiers.example/sentiers"}
	}
	in := map[textfmt.Lang][]string{
		textfmt.EN: {"which the operator, established in the European Economic Area, has concluded with those of its subprocessors that store the data outside it (GDPR, Articles 28(4) and 46(2)(c)): the data leave the European Economic Area only through them, and the operator is bound to the controller by the contract under Article 28 of the GDPR alone"},
		textfmt.FR: {"que l'exploitant, établi dans l'Espace économique européen, a conclues avec ceux de ses sous-traitants qui conservent les données hors de celui-ci (RGPD, article 28, paragraphe 4, et article 46, paragraphe 2, point c) : les données ne quittent l'Espace économique européen que par leur intermédiaire"},
	}
	out := map[textfmt.Lang][]string{
		textfmt.EN: {"which the controller has concluded with it (GDPR, Article 46(2)(c))"},
		textfmt.FR: {"que le responsable du traitement a conclues avec lui (RGPD, article 46, paragraphe 2, point c)"},
	}
	checkPolicy2(t, []policy2Case{
		{"operator in the EEA", set(true), in, out},
		{"operator outside the EEA", set(false), out, in},
	})
}

// SJ-2: the hosting agreement binds the host and those who sign it for
// the project; contributing makes no one a party to it.
func TestHostingAgreementMakesNoContributorAParty(t *testing.T) {
	host := map[string]any{"legal.vehicle": "fiscal-host", "legal.host_form": "association", "legal.entity_name": "Association Hôte du Libre", "legal.agreement_url": "https://hote.example/convention"}
	checkPolicy2(t, []policy2Case{{"fiscal host", host, map[textfmt.Lang][]string{
		textfmt.EN: {"to which contributing makes no one a party: that agreement creates no right or obligation for contributors (French Civil Code, Article 1199), whose rights and obligations arise from this policy"},
		textfmt.FR: {"à laquelle nul ne devient partie en contribuant : cette convention ne crée ni droit ni obligation à l'égard des contributeurs (Code civil, article 1199), dont les droits et obligations procèdent de la présente politique"},
	}, nil}})
}

// SJ-11 to SJ-17, as read: the CLA's patent licence ends on the date of
// the claim and its agreement is the writing that L. 613-8 requires; an
// invention made for a client is the client's only by contract, L. 611-7
// governing the inventions of employees and agents alone.
func TestPatentClausesOfTheAgreements(t *testing.T) {
	checkPolicy2(t, []policy2Case{
		{"CLA", map[string]any{"inbound": "cla", "agreement.url": "https://sentiers.example/accord"}, map[textfmt.Lang][]string{
			textfmt.EN: {"That licence ends, for anyone who brings a claim, including by way of counterclaim or cross-claim, alleging that the Project or a Contribution infringes a patent, on the day that claim is brought.", "The agreement and the statement by which you submit the Contribution form the writing that Article L. 613-8 of the Intellectual Property Code requires."},
			textfmt.FR: {"Cette licence prend fin, à l'égard de toute personne qui engage une action alléguant que le Projet ou une Contribution contrefait un brevet, ou qui forme une telle demande, y compris à titre reconventionnel, à la date de cette action ou de cette demande.", "L'accord et la déclaration par laquelle vous soumettez la Contribution constituent l'écrit qu'exige l'article L. 613-8 du Code de la propriété intellectuelle."},
		}, nil},
		{"FLA, contractors only", map[string]any{"inbound": "fla", "agreement.url": "https://sentiers.example/accord", "contributors.allowed": []string{"individuals", "contractors"}}, map[textfmt.Lang][]string{
			textfmt.EN: {"An invention that you make for a client belongs to that client if your contract assigns it."},
			textfmt.FR: {"L'invention que vous faites pour un client appartient à celui-ci si votre contrat la lui cède."},
		}, map[textfmt.Lang][]string{
			textfmt.EN: {"or for a client may belong to the person on whose behalf you contribute"},
			textfmt.FR: {"ou pour un client peut appartenir à la personne pour le compte de laquelle vous contribuez"},
		}},
		{"assignment, everyone", map[string]any{"inbound": "assignment", "agreement.url": "https://sentiers.example/accord"}, map[textfmt.Lang][]string{
			textfmt.EN: {"An invention that you make in performing your duties may belong to your employer or your administration (French Intellectual Property Code, Article L. 611-7), and one that you make for a client belongs to that client if your contract assigns it."},
			textfmt.FR: {"L'invention que vous faites dans l'exécution de vos fonctions peut appartenir à votre employeur ou à votre administration (Code de la propriété intellectuelle, article L. 611-7), et celle que vous faites pour un client appartient à celui-ci si votre contrat la lui cède."},
		}, nil},
	})
}
