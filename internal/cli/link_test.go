package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
	"go.yaml.in/yaml/v3"

	"apitos/internal/mdtext"
	"apitos/internal/readertest"
	"apitos/internal/spdx"
	"apitos/templates"
)

// editAnswers changes answers of the file at path, keyed as in the
// questionnaire ("licences.data"); "" writes null. Top-level keys of the
// file (charter) are written with a leading "/" ("/charter").
func editAnswers(t *testing.T, path string, kv ...string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	root := doc.Content[0]
	for i := 0; i+1 < len(kv); i += 2 {
		key, value := kv[i], kv[i+1]
		m, parts := child(root, "answers"), strings.Split(key, ".")
		if strings.HasPrefix(key, "/") {
			m, parts = root, []string{key[1:]}
		}
		for _, p := range parts[:len(parts)-1] {
			m = child(m, p)
		}
		v := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: value}
		switch {
		case value == "":
			v = &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null"}
		case strings.HasPrefix(value, "["): // a list, in flow style
			var list yaml.Node
			if err := yaml.Unmarshal([]byte(value), &list); err != nil {
				t.Fatal(err)
			}
			v = list.Content[0]
		}
		set := false
		for j := 0; j+1 < len(m.Content); j += 2 {
			if m.Content[j].Value == parts[len(parts)-1] {
				m.Content[j+1], set = v, true
			}
		}
		if !set {
			// A new key of the file goes before its answers.
			at := len(m.Content)
			if m == root {
				at -= 2
			}
			m.Content = slices.Insert(m.Content, at, &yaml.Node{Kind: yaml.ScalarNode, Value: parts[len(parts)-1]}, v)
		}
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&doc); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(path, buf.Bytes(), 0o644)
}

func child(m *yaml.Node, key string) *yaml.Node {
	for j := 0; j+1 < len(m.Content); j += 2 {
		if m.Content[j].Value == key {
			return m.Content[j+1]
		}
	}
	n := &yaml.Node{Kind: yaml.MappingNode}
	m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: key}, n)
	return n
}

// lineOf is the number of the first line of the file at path that starts
// with text, as a string.
func lineOf(t *testing.T, path, text string) string {
	t.Helper()
	data, _ := os.ReadFile(path)
	for i, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, text) {
			return strconv.Itoa(i + 1)
		}
	}
	t.Fatalf("%s has no line starting with %q", path, text)
	return ""
}

// linkedPair writes, in dir, a charter and a contribution policy that
// names it (charter: charter.yaml) and leaves every answer the charter
// gives to it, both made with init --example.
func linkedPair(t *testing.T, dir string) (charter, policy string) {
	t.Helper()
	charter, policy = filepath.Join(dir, "charter.yaml"), filepath.Join(dir, "policy.yaml")
	for kind, path := range map[string]string{"charter": charter, "contribution": policy} {
		if r := run(t, "C", "init", "--kind", kind, "--example", "-o", path); r.code != ExitOK {
			t.Fatalf("init %s: %s", kind, r.stderr)
		}
	}
	k, _ := templates.Lookup("contribution")
	// The court is the charter's when the policy is linked to it.
	edits := []string{"/charter", "charter.yaml", "jurisdiction", ""}
	for _, qq := range k.Questionnaire.Linked() {
		edits = append(edits, qq.Key, "")
	}
	editAnswers(t, policy, edits...)
	return charter, policy
}

// The licences of the tests: each type of resource has its own, and none
// is a default, so that a licence that did not come from the charter
// would show.
var charterLicences = map[string]string{
	"licences.software": "MPL-2.0",
	"licences.data":     "etalab-2.0",
	"licences.content":  "CC-BY-4.0",
}

// licenceWords finds the licence identifiers in a text: the words that
// are current SPDX identifiers, written as SPDX writes them, and that
// hold a digit or a hyphen (no ordinary word of the documents does), or
// are among want.
func licenceWords(text string, want []string) []string {
	var out []string
	for _, w := range regexp.MustCompile(`[A-Za-z0-9][A-Za-z0-9.+-]*[A-Za-z0-9+]`).FindAllString(text, -1) {
		id, ok := spdx.Lookup(w)
		if ok && id == w && (strings.ContainsAny(w, "0123456789-") || slices.Contains(want, w)) && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}

// markdownText is the text a reader of a Markdown document sees, link
// addresses included, as goldmark reads it.
func markdownText(t *testing.T, path string) string {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	ast.Walk(mdtext.Parse(src), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Text:
			b.Write(n.Value(src))
			b.WriteByte(' ')
		case *ast.CodeSpan:
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				if s, ok := c.(*ast.Text); ok {
					b.Write(s.Value(src))
				}
			}
			b.WriteByte(' ')
			return ast.WalkSkipChildren, nil
		case *ast.AutoLink:
			b.Write(n.URL(src))
			b.WriteByte(' ')
		case *ast.Paragraph:
			b.WriteString("\n")
		case *ast.Heading:
			b.WriteString("\n## ")
		case *ast.ListItem:
			b.WriteString("\n- ")
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// pdfText is the text pdftotext reads in a PDF.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	readertest.Require(t, "pdftotext")
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

// A policy that names its charter names, in both languages and both
// formats, the licences the charter names and no other, each for the type
// of resource the charter gives it; changing a licence in the charter
// changes the policy, and the two documents generate together.
func TestLinkedPolicyNamesTheCharterLicences(t *testing.T) {
	dir := t.TempDir()
	charter, policy := linkedPair(t, dir)
	var edits []string
	for key, id := range charterLicences {
		edits = append(edits, key, id)
	}
	editAnswers(t, charter, edits...)
	want := []string{"CC-BY-4.0", "MPL-2.0", "etalab-2.0"}

	generate := func(name string) string {
		out := filepath.Join(dir, name)
		for _, f := range []string{charter, policy} {
			if r := run(t, "C", "generate", f, "-o", out, "--format", "md,pdf"); r.code != ExitOK || r.notes != "" {
				t.Fatalf("generate %s: exit %d %s", f, r.code, r.stderr)
			}
		}
		return out
	}
	out := generate("out")
	for _, l := range []string{"en", "fr"} {
		md := markdownText(t, filepath.Join(out, "contribution."+l+".md"))
		if got := licenceWords(md, want); !slices.Equal(got, want) {
			t.Errorf("contribution.%s.md names %q; the charter names %q", l, got, want)
		}
		if got := licenceWords(pdfText(t, filepath.Join(out, "contribution."+l+".pdf")), want); !slices.Equal(got, want) {
			t.Errorf("contribution.%s.pdf names %q; the charter names %q", l, got, want)
		}
		if got := licenceWords(markdownText(t, filepath.Join(out, "charter."+l+".md")), want); !slices.Equal(got, want) {
			t.Errorf("charter.%s.md names %q", l, got)
		}
		// Each licence is the one of its type of resource, where the
		// policy lists the licences of the project.
		types := map[string]string{"MPL-2.0": "Code", "etalab-2.0": map[string]string{"en": "Data", "fr": "Données"}[l], "CC-BY-4.0": "Documentation"}
		listed := 0
		for _, item := range strings.Split(md, "\n- ") {
			item, _, _ = strings.Cut(item, "\n")
			if !strings.Contains(item, "https://spdx.org/licenses/") {
				continue
			}
			listed++
			for id, word := range types {
				// With code, the documentation under the content licence is
				// the user documentation (the technical one goes with the code).
				if strings.Contains(item, id) && !strings.HasPrefix(item, word) && !strings.HasPrefix(item, "User "+strings.ToLower(word)) {
					t.Errorf("contribution.%s.md gives %s to another type of resource: %q", l, id, item)
				}
			}
		}
		if listed != len(types) {
			t.Errorf("contribution.%s.md lists %d licences with their address, want %d", l, listed, len(types))
		}
	}

	// The charter changes its data licence: the policy follows, section
	// by section, and nothing else about licences changes.
	editAnswers(t, charter, "licences.data", "CC0-1.0")
	changed := generate("changed")
	for _, l := range []string{"en", "fr"} {
		before := strings.Split(markdownText(t, filepath.Join(out, "contribution."+l+".md")), "\n## ")
		after := strings.Split(markdownText(t, filepath.Join(changed, "contribution."+l+".md")), "\n## ")
		if len(before) != len(after) {
			t.Fatalf("%s: the change of licence changed the sections", l)
		}
		seen := false
		for i := range before {
			was := licenceWords(before[i], want)
			is := licenceWords(after[i], []string{"CC-BY-4.0", "MPL-2.0", "CC0-1.0"})
			for j, id := range was {
				if id == "etalab-2.0" {
					was[j], seen = "CC0-1.0", true
				}
			}
			slices.Sort(was)
			// CC0 is not on the list of licences a French public body
			// may publish under, which the section on public agents
			// names, while the Licence Ouverte is.
			if strings.Contains(after[i], "323-2-1") && !slices.Contains(was, "CC0-1.0") {
				was = append(was, "CC0-1.0")
				slices.Sort(was)
			}
			if !slices.Equal(was, is) {
				t.Errorf("%s: section %q names %q after the change, want %q", l, strings.SplitN(after[i], "\n", 2)[0], is, was)
			}
		}
		if !seen {
			t.Errorf("%s: the policy never named the charter's data licence", l)
		}
		if got := licenceWords(pdfText(t, filepath.Join(changed, "contribution."+l+".pdf")), nil); !slices.Contains(got, "CC0-1.0") || slices.Contains(got, "etalab-2.0") {
			t.Errorf("%s: after the change the PDF names %q", l, got)
		}
	}
}

// The charter promises that anyone may implement its standards without
// royalties only when standards are among its resources; the policy
// linked to it then takes the same undertaking from every contributor to
// a specification, and prints no such clause otherwise.
func TestLinkedPolicyTakesTheSpecificationUndertaking(t *testing.T) {
	dir := t.TempDir()
	charter, policy := linkedPair(t, dir)
	heading := map[string]string{"en": "Contributions to a specification", "fr": "Contributions aux spécifications"}
	promise := map[string]string{"en": "Each Member undertakes, irrevocably and free of charge, not to assert", "fr": "Chaque Membre s’engage, irrévocablement et gratuitement, à ne pas opposer"}
	// A permissive content licence, on the French public sector's list:
	// specifications under any other draw a warning, which is not the
	// subject here.
	editAnswers(t, charter, "licences.content", "etalab-2.0")
	for _, resources := range []string{"[software, data, content]", "[software, data, standard]", "[]"} {
		editAnswers(t, charter, "commons.resources", resources)
		out := filepath.Join(dir, "out")
		os.RemoveAll(out)
		for _, f := range []string{charter, policy} {
			if r := run(t, "C", "generate", f, "-o", out, "--format", "md"); r.code != ExitOK || r.notes != "" {
				t.Fatalf("%s, generate %s: exit %d %s", resources, f, r.code, r.stderr)
			}
		}
		standard := strings.Contains(resources, "standard")
		for _, l := range []string{"en", "fr"} {
			if got := strings.Contains(markdownText(t, filepath.Join(out, "charter."+l+".md")), promise[l]); got != standard {
				t.Fatalf("%s, charter.%s.md: royalty-free promise printed=%v", resources, l, got)
			}
			if got := strings.Contains(markdownText(t, filepath.Join(out, "contribution."+l+".md")), heading[l]); got != standard {
				t.Errorf("%s, contribution.%s.md: %q printed=%v", resources, l, heading[l], got)
			}
		}
	}
	// The answer is the charter's: the policy may not give it.
	editAnswers(t, policy, "project.specifications", "true")
	if r := run(t, "C", "validate", policy); r.code != ExitInvalid || !strings.Contains(r.stderr, "policy.yaml:"+lineOf(t, policy, "    specifications:")) {
		t.Errorf("the policy answers what the charter gives: exit %d %s", r.code, r.stderr)
	}
}

// Every problem of a link is reported at its line, in the file it is in,
// in the user's language: the charter: line for a link that cannot be
// followed, the charter's own lines for its problems, the policy's lines
// for answers the charter gives.
func TestCharterLinkProblemsAtTheirLines(t *testing.T) {
	dir := t.TempDir()
	charter, policy := linkedPair(t, dir)
	if r := run(t, "C", "validate", policy); r.code != ExitOK || r.notes != "" {
		t.Fatalf("linked policy: exit %d %s", r.code, r.stderr)
	}
	at := func(path, text string) string { return path + ":" + lineOf(t, path, text) + ": " }
	check := func(what string, r result, want ...string) {
		t.Helper()
		lines := strings.Split(strings.TrimSpace(r.notes), "\n")
		if r.code != ExitInvalid || len(lines) != len(want) {
			t.Errorf("%s: exit %d, %d problems, want %d:\n%s", what, r.code, len(lines), len(want), r.stderr)
			return
		}
		for i, w := range want {
			if !strings.HasPrefix(lines[i], w) {
				t.Errorf("%s: problem %d is\n%s\nwant\n%s…", what, i+1, lines[i], w)
			}
		}
	}
	withCharter := func(name, ref string) string {
		path := filepath.Join(dir, name)
		data, _ := os.ReadFile(policy)
		os.WriteFile(path, data, 0o644)
		editAnswers(t, path, "/charter", ref)
		return path
	}

	p := withCharter("missing.yaml", "nowhere/charter.yaml")
	check("missing charter", run(t, "C", "validate", p), at(p, "charter:")+"there is no file nowhere/charter.yaml")
	check("missing charter, in French", run(t, "fr_FR.UTF-8", "validate", p), at(p, "charter:")+"le fichier nowhere/charter.yaml n’existe pas")
	os.Mkdir(filepath.Join(dir, "folder"), 0o755)
	p = withCharter("folder.yaml", "folder")
	check("folder", run(t, "C", "validate", p), at(p, "charter:")+"folder is a folder, not the answers file of a charter")
	p = withCharter("kind.yaml", "policy.yaml")
	check("another kind", run(t, "C", "validate", p), at(p, "charter:")+"policy.yaml holds the answers of another document (Contribution policy), not those of a charter")
	check("another kind, in French", run(t, "fr_FR.UTF-8", "validate", p), at(p, "charter:")+"policy.yaml contient les réponses d’un autre document (Politique de contribution), et non celles d’une charte")
	p = withCharter("self.yaml", "self.yaml")
	check("cycle", run(t, "C", "validate", p), at(p, "charter:")+"self.yaml is this very file: a document cannot take its answers from itself")
	abs := withCharter("absolute.yaml", charter)
	if r := run(t, "C", "validate", abs); r.code != ExitOK {
		t.Errorf("a charter named by its absolute path: exit %d %s", r.code, r.stderr)
	}
	broken := filepath.Join(dir, "broken.yaml")
	os.WriteFile(broken, []byte("kind: charter\nanswers:\n  commons:\n\tname: x\n"), 0o644)
	p = withCharter("broken-link.yaml", "broken.yaml")
	check("unreadable charter", run(t, "C", "validate", p),
		at(p, "charter:")+"broken.yaml cannot be read as an answers file; its problem is reported below",
		broken+":4: this line is indented with a tab")
	api := filepath.Join(dir, "terms.yaml")
	run(t, "C", "init", "--kind", "api-tos", "--example", "-o", api)
	editAnswers(t, api, "/charter", "charter.yaml")
	check("a kind that names no charter", run(t, "C", "validate", api), at(api, "charter:")+"this kind of document takes no answers from a charter; remove this line")

	// Answers the charter gives, given again.
	again := withCharter("again.yaml", "charter.yaml")
	editAnswers(t, again, "project.name", "Autre nom", "project.licence", "MIT")
	check("answered again", run(t, "C", "validate", again),
		at(again, "    name: Autre nom")+"Name of the project: this answer comes from the charter, charter.yaml (line "+lineOf(t, charter, "    name: Sentiers en commun")+"); remove it here, or change it in the charter",
		at(again, "    licence: MIT")+"Licence of the code: this answer comes from the charter, charter.yaml (line "+lineOf(t, charter, "    software: EUPL-1.2")+")")
	check("answered again, in French", run(t, "fr_FR.UTF-8", "validate", again),
		at(again, "    name: Autre nom")+"Nom du projet\u00a0: cette réponse est tirée de la charte, charter.yaml (ligne "+lineOf(t, charter, "    name: Sentiers en commun")+")\u202f; supprimez-la ici",
		at(again, "    licence: MIT")+"Licence du code\u00a0: cette réponse est tirée de la charte")

	// Problems of the charter, in the charter.
	editAnswers(t, charter, "licences.software", "GPL3", "commons.contact", "")
	check("problems in the charter", run(t, "C", "validate", policy),
		at(charter, "    contact:")+"Contact e-mail of the commons: an answer is required",
		at(charter, "    software: GPL3")+"Licence of the software: GPL3 is not an SPDX licence identifier")
	if r := run(t, "C", "generate", policy, "-o", filepath.Join(dir, "refused")); r.code != ExitInvalid || r.stdout != "" {
		t.Errorf("generate from a faulty charter: exit %d %q", r.code, r.stdout)
	}

	// A type of resource the charter does not cover.
	editAnswers(t, charter, "licences.software", "EUPL-1.2", "commons.contact", "contact@sentiers-en-commun.example",
		"commons.resources", "software,content", "commons.mission", "Développer les logiciels et les contenus libres des sentiers")
	check("data the charter does not cover", run(t, "C", "validate", policy),
		at(policy, "charter:")+"Licence of data: this answer comes from “Licence of the data” in charter.yaml, a question that applies to that charter only when its answer to “What the commons is made of” (line "+lineOf(t, charter, "    resources:")+") includes “Data”; change that answer in the charter")
	editAnswers(t, policy, "contributions.types", "code,documentation")
	if r := run(t, "C", "validate", policy); r.code != ExitOK {
		t.Errorf("a policy that welcomes no data from a charter without data: exit %d %s", r.code, r.stderr)
	}

	// A steward needs a legal entity.
	editAnswers(t, charter, "legal.vehicle", "none", "economy.funding", "services", "membership.classes", "individuals,companies")
	editAnswers(t, policy, "inbound", "cla", "agreement.url", "https://sentiers-en-commun.example/accord-de-contribution")
	// The licensee the charter cannot give, and the rule that refuses the
	// agreement, which says why and what to do.
	check("a steward without a legal entity", run(t, "C", "validate", policy),
		at(policy, "charter:")+"Licensee that receives the rights: this answer comes from “Name of the legal entity” in charter.yaml, a question that applies to that charter only when its answer to “Legal vehicle” (line "+lineOf(t, charter, "    vehicle: none")+") is “Declared association (loi 1901)”, “Foundation or fiscal host”, “Cooperative (SCIC)”, or “Run by a public body”",
		at(policy, "  inbound: cla")+"How contributions are licensed to the project: a contributor licence agreement, a fiduciary licence agreement and an assignment each need a licensee or assignee that can hold the rights")
}

// init --charter writes a policy that names its charter relative to
// itself and leaves the shared answers to it; it refuses a file that is
// not a charter, and a kind that takes nothing from one.
func TestInitWithCharter(t *testing.T) {
	dir := t.TempDir()
	charter, _ := linkedPair(t, dir)
	os.Mkdir(filepath.Join(dir, "docs"), 0o755)
	policy := filepath.Join(dir, "docs", "CONTRIBUTING.yaml")
	if r := run(t, "C", "init", "--kind", "contribution", "--example", "--charter", charter, "-o", policy); r.code != ExitOK {
		t.Fatalf("init --charter: exit %d %s", r.code, r.stderr)
	}
	data, _ := os.ReadFile(policy)
	if !strings.Contains(string(data), "\ncharter: ../charter.yaml\n") || strings.Contains(string(data), "licence: EUPL-1.2") {
		t.Errorf("init --charter wrote:\n%s", data)
	}
	// The policy defines the Charter by the address of the charter
	// itself, never by that of the governance space where the charter
	// publishes its records.
	ch, _ := templates.Lookup("charter")
	if space := ch.Examples()["transparency.url"]; strings.Contains(string(data), "charter_url: "+space.(string)+"\n") {
		t.Errorf("init --charter gave the governance space %s as the charter's address:\n%s", space, data)
	}
	if r := run(t, "C", "validate", policy); r.code != ExitOK {
		t.Errorf("the policy init --charter wrote is not valid: %s", r.stderr)
	}
	if r := run(t, "C", "init", "--kind", "contribution", "--charter", filepath.Join(dir, "policy.yaml"), "-o", filepath.Join(dir, "x.yaml")); r.code != ExitInvalid ||
		!strings.Contains(r.stderr, "holds the answers of another document") {
		t.Errorf("init --charter with a policy: exit %d %s", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "x.yaml")); err == nil {
		t.Error("init --charter wrote a file for a charter it refused")
	}
	if r := run(t, "fr_FR.UTF-8", "init", "--kind", "api-tos", "--charter", charter); r.code != ExitUsage || !strings.Contains(r.stderr, "ne tire aucune réponse d’une charte") {
		t.Errorf("init --charter for API terms: exit %d %s", r.code, r.stderr)
	}
}

// A policy written with every answer it shares with its charter, then
// made to name that charter, becomes valid by doing what the messages
// say and nothing else: removing each line the charter answers, even
// when that leaves a section of the file with nothing under it.
func TestFollowingTheLinkMessagesGivesAValidFile(t *testing.T) {
	dir := t.TempDir()
	charter, policy := filepath.Join(dir, "charter.yaml"), filepath.Join(dir, "policy.yaml")
	for kind, path := range map[string]string{"charter": charter, "contribution": policy} {
		if r := run(t, "C", "init", "--kind", kind, "--example", "-o", path); r.code != ExitOK {
			t.Fatalf("init %s: %s", kind, r.stderr)
		}
	}
	data, _ := os.ReadFile(policy)
	lines := strings.Split(string(data), "\n")
	at := slices.Index(lines, "kind: contribution")
	lines = slices.Insert(lines, at+1, "charter: charter.yaml")
	issue := regexp.MustCompile(`^` + regexp.QuoteMeta(policy) + `:([0-9]+): (.*)$`)
	removed := 0
	for step := 0; ; step++ {
		os.WriteFile(policy, []byte(strings.Join(lines, "\n")), 0o644)
		r := run(t, "C", "validate", policy)
		if r.code == ExitOK {
			break
		}
		if step == 3 {
			t.Fatalf("still invalid after %d rounds:\n%s", step, r.stdout+r.stderr)
		}
		var bad []int
		for _, line := range strings.Split(r.stdout+r.notes, "\n") {
			m := issue.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			if !strings.Contains(m[2], "remove it here") {
				t.Fatalf("a message that does not say what to do here: %s", line)
			}
			n, _ := strconv.Atoi(m[1])
			bad = append(bad, n-1)
		}
		if len(bad) == 0 {
			t.Fatalf("refused without a message about a line:\n%s", r.stdout+r.stderr)
		}
		// Remove from the bottom, so that the lines above keep their
		// numbers: each answer with what its block holds.
		slices.Sort(bad)
		for _, i := range slices.Backward(bad) {
			end := i + 1
			indent := len(lines[i]) - len(strings.TrimLeft(lines[i], " "))
			for end < len(lines) && strings.TrimSpace(lines[end]) != "" && !strings.HasPrefix(strings.TrimSpace(lines[end]), "#") &&
				len(lines[end])-len(strings.TrimLeft(lines[end], " ")) > indent {
				end++
			}
			lines = slices.Delete(lines, i, end)
			removed++
		}
	}
	if removed == 0 {
		t.Fatal("the example policy gave no answer the charter gives")
	}
	// The sections left empty are what the messages led to: at least one.
	var doc yaml.Node
	yaml.Unmarshal([]byte(strings.Join(lines, "\n")), &doc)
	empty := 0
	answers := child(doc.Content[0], "answers")
	for j := 0; j+1 < len(answers.Content); j += 2 {
		if v := answers.Content[j+1]; v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
			empty++
		}
	}
	if empty == 0 {
		t.Fatal("no section was left empty: the test no longer covers that case")
	}
	out := filepath.Join(dir, "out")
	if r := run(t, "C", "generate", policy, "-o", out, "--format", "md"); r.code != ExitOK {
		t.Fatalf("generate: %s", r.stderr)
	}
}

// Without a legal person, the joint controllers of contributors' personal
// data are those of the charter: the Members of the commons, under the
// charter's article on personal data, with the charter's contact point
// (the facilitator of the assembly when it names none), never the
// Maintainers, who need not be members and have made no arrangement. A
// policy that would refuse contractors is warned that the charter pays for
// work on the resources.
func TestLinkedPolicyWithoutLegalPersonTakesTheCharterControllers(t *testing.T) {
	dir := t.TempDir()
	charter, policy := linkedPair(t, dir)
	editAnswers(t, charter, "legal.vehicle", "none", "legal.entity_name", "", "legal.statutes_url", "",
		"privacy.dpo", "", "privacy.contact", "", "privacy.controller", "Léa Moreau")
	members := map[string]string{"en": "the Members, whom the Charter governs", "fr": "les Membres, que régit la Charte"}
	arrangement := map[string]string{"en": "Their arrangement under Article 26 of the GDPR is Article", "fr": "Leur accord au sens de l’article\u00a026 du RGPD est l’article"}
	maintainers := map[string]string{"en": "the Maintainers are joint controllers", "fr": "les Mainteneurs sont responsables conjoints"}
	facilitator := map[string]string{"en": "the facilitator of the Assembly that Article\u00a06.1 of the Charter sets up", "fr": "l’animateur de l’Assemblée que l’article\u00a06.1 de la Charte institue"}
	for _, controller := range []string{"Léa Moreau", ""} {
		editAnswers(t, charter, "privacy.controller", controller)
		out := filepath.Join(dir, "out")
		os.RemoveAll(out)
		if r := run(t, "C", "generate", policy, "-o", out, "--format", "md"); r.code != ExitOK {
			t.Fatalf("generate: exit %d %s", r.code, r.stderr)
		}
		for _, l := range []string{"en", "fr"} {
			text := markdownText(t, filepath.Join(out, "contribution."+l+".md"))
			contact := controller
			if contact == "" {
				contact = facilitator[l]
			}
			for _, want := range []string{members[l], arrangement[l], contact + ", "} {
				if !strings.Contains(text, want) {
					t.Errorf("contact point %q, contribution.%s.md: no %q", controller, l, want)
				}
			}
			if strings.Contains(text, maintainers[l]) {
				t.Errorf("contact point %q, contribution.%s.md: the Maintainers are named controllers", controller, l)
			}
		}
	}
	// The same policy without its charter keeps the Maintainers.
	solo := filepath.Join(dir, "solo.yaml")
	if r := run(t, "C", "init", "--kind", "contribution", "--example", "-o", solo); r.code != ExitOK {
		t.Fatal(r.stderr)
	}
	editAnswers(t, solo, "legal.vehicle", "none", "legal.entity_name", "", "privacy.controller", "Camille Martin")
	out := filepath.Join(dir, "solo")
	if r := run(t, "C", "generate", solo, "-o", out, "--format", "md"); r.code != ExitOK {
		t.Fatalf("generate solo: exit %d %s", r.code, r.stderr)
	}
	for _, l := range []string{"en", "fr"} {
		text := markdownText(t, filepath.Join(out, "contribution."+l+".md"))
		if !strings.Contains(text, maintainers[l]) || strings.Contains(text, members[l]) || !strings.Contains(text, "Camille Martin") {
			t.Errorf("solo, contribution.%s.md: the Maintainers are not the controllers, with their contact point", l)
		}
	}

	// The charter's warnings, for rules that read an answer the policy
	// takes, are at their own lines in the charter, with all their
	// questions, as when the charter is validated.
	funding := charter + ":" + lineOf(t, charter, "    funding:") + ": "
	for lang, want := range map[string]string{"C": "warning: Sources of funding and Legal vehicle: ", "fr_FR.UTF-8": "Sources de financement et Structure juridique"} {
		r := run(t, lang, "validate", policy)
		if r.code != ExitOK || !strings.Contains(r.stderr, funding) || !strings.Contains(r.stderr, want) ||
			strings.Contains(r.stderr, charter+":"+lineOf(t, charter, "    vehicle:")+":") {
			t.Errorf("%s: the charter's warnings not at their lines: exit %d %s", lang, r.code, r.stderr)
		}
	}

	// Contractors refused while the charter pays for work: a warning at the
	// policy's line, in each language; none once they are welcome.
	editAnswers(t, policy, "contributors.allowed", "[individuals, employees, public-agents]")
	line := policy + ":" + lineOf(t, policy, "    allowed:") + ": "
	for lang, want := range map[string][2]string{"C": {"warning: Contributors you expect", "the charter this policy takes its facts from organises paid work"},
		"fr_FR.UTF-8": {"avertissement", "la charte dont la politique reprend les informations organise la rémunération de travaux"}} {
		if r := run(t, lang, "validate", policy); r.code != ExitOK || !strings.Contains(r.stderr, line+want[0]) || !strings.Contains(r.stderr, want[1]) {
			t.Errorf("%s: contractors refused: exit %d %s", lang, r.code, r.stderr)
		}
	}
	editAnswers(t, policy, "contributors.allowed", "[individuals, contractors]")
	if r := run(t, "C", "validate", policy); strings.Contains(r.stderr, "organises paid work") {
		t.Errorf("contractors welcome, still warned: %s", r.stderr)
	}
}

// A charter that licenses hardware designs gives its licence to the
// policy, which prints it for designs in its licences, its summary and
// its SPDX headers, in both languages; without hardware, the policy names
// no hardware licence. A policy of a SCIC that refuses employees is
// warned, and still admits the SCIC's own employees.
func TestLinkedPolicyTakesTheHardwareLicenceAndAdmitsOwnStaff(t *testing.T) {
	dir := t.TempDir()
	charter, policy := linkedPair(t, dir)
	editAnswers(t, charter, "licences.hardware", "CERN-OHL-W-2.0")
	designs := map[string]string{"en": "**Hardware designs**", "fr": "**Conceptions de matériel**"}
	for _, resources := range []string{"[software, data, content, hardware]", "[software, data, content]"} {
		editAnswers(t, charter, "commons.resources", resources)
		// A policy welcomes hardware designs only where the commons has some.
		types := "[code, documentation, data]"
		if strings.Contains(resources, "hardware") {
			types = "[code, documentation, data, hardware]"
		} else {
			// A licence chosen for designs the commons does not have is
			// warned of: the charter then holds the default, as init writes it.
			editAnswers(t, charter, "licences.hardware", "CERN-OHL-S-2.0")
		}
		editAnswers(t, policy, "contributions.types", types)
		out := filepath.Join(dir, "out")
		os.RemoveAll(out)
		if r := run(t, "C", "generate", policy, "-o", out, "--format", "md"); r.code != ExitOK || r.notes != "" {
			t.Fatalf("%s, generate: exit %d %s", resources, r.code, r.stderr)
		}
		hardware := strings.Contains(resources, "hardware")
		for _, l := range []string{"en", "fr"} {
			data, err := os.ReadFile(filepath.Join(out, "contribution."+l+".md"))
			if err != nil {
				t.Fatal(err)
			}
			md := string(data)
			if got := strings.Contains(md, designs[l]); got != hardware {
				t.Errorf("%s, %s: designs licensed=%v", resources, l, got)
			}
			if got := strings.Count(md, "CERN-OHL-W-2.0"); (got >= 4) != hardware || (!hardware && got != 0) {
				t.Errorf("%s, %s: the charter's hardware licence appears %d times", resources, l, got)
			}
		}
	}
	editAnswers(t, charter, "legal.vehicle", "scic")
	editAnswers(t, policy, "contributors.allowed", "[individuals, contractors]")
	r := run(t, "C", "validate", policy)
	if r.code != ExitOK || !strings.Contains(r.stderr, "policy.yaml:"+lineOf(t, policy, "    allowed:")) || !strings.Contains(r.stderr, "19 septies") {
		t.Fatalf("SCIC refusing employees: exit %d %s", r.code, r.stderr)
	}
	out := filepath.Join(dir, "out-scic")
	if r := run(t, "C", "generate", policy, "-o", out, "--format", "md"); r.code != ExitOK {
		t.Fatalf("generate: exit %d %s", r.code, r.stderr)
	}
	own := map[string]string{"en": "This exclusion does not cover the employees of the Legal Entity", "fr": "Cette exclusion ne vise pas les salariés de la Structure porteuse"}
	for _, l := range []string{"en", "fr"} {
		if md := markdownText(t, filepath.Join(out, "contribution."+l+".md")); !strings.Contains(md, own[l]) {
			t.Errorf("%s: the SCIC's own employees are refused", l)
		}
	}
}

// A linked policy that is refused still reports each warning of its
// charter once, at the charter's line.
func TestCharterWarningsReportedOnce(t *testing.T) {
	dir := t.TempDir()
	charter, policy := linkedPair(t, dir)
	editAnswers(t, charter, "legal.vehicle", "scic", "devolution", "commons")
	editAnswers(t, policy, "steward.name", "Autre nom")
	for _, lang := range []string{"en", "fr"} {
		r := run(t, "C", "validate", policy, "--lang", lang)
		if r.code != ExitInvalid {
			t.Fatalf("%s: exit %d %s", lang, r.code, r.stderr)
		}
		seen := map[string]bool{}
		for _, line := range strings.Split(r.stderr, "\n") {
			if !strings.HasPrefix(line, charter+":") {
				continue
			}
			if seen[line] {
				t.Errorf("%s: reported twice: %s", lang, line)
			}
			seen[line] = true
		}
		if len(seen) == 0 {
			t.Errorf("%s: the charter's warning is not reported: %s", lang, r.stderr)
		}
	}
}

// A linked policy cites its charter's articles by number. A charter
// changed since so that those articles move changes the policy's text but
// not its answers: verify says the charter may be why.
func TestVerifyLinkedPolicyAfterTheCharterMoved(t *testing.T) {
	dir := t.TempDir()
	charter, policy := linkedPair(t, dir)
	editAnswers(t, charter, "conduct.mediation", "true")
	out := filepath.Join(dir, "out")
	if r := run(t, "C", "generate", policy, "-o", out, "--format", "md"); r.code != ExitOK {
		t.Fatalf("generate: %s", r.stderr)
	}
	doc := filepath.Join(out, "contribution.en.md")
	if r := run(t, "C", "verify", doc, policy); r.code != ExitOK {
		t.Fatalf("verify before the charter changed: exit %d\n%s", r.code, r.stderr)
	}
	text, _ := os.ReadFile(doc)
	if !strings.Contains(string(text), "under Article\u00a012.5 of the Charter") {
		t.Fatalf("the policy does not cite the sanctions of the charter by number:\n%s", text)
	}
	// Without mediation, the sanctions come one section earlier.
	editAnswers(t, charter, "conduct.mediation", "false")
	r := run(t, "C", "verify", doc, policy)
	if r.code != ExitInvalid || !strings.Contains(r.stderr, "or the charter was changed since in a way that moves the articles the document cites") {
		t.Errorf("verify after the charter changed: exit %d\n%s", r.code, r.stderr)
	}
}
