package cli

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"apitos/internal/answers"
	"apitos/internal/manifest"
	"apitos/internal/textfmt"
	"apitos/templates"
)

type result struct {
	code           int
	stdout, stderr string
	// notes is stderr without the warning on answers still holding the
	// example's, which every file made with init --example carries:
	// tests that build on the example read the other notes there.
	notes string
}

// exampleWarning is a line of that warning, in English or French.
var exampleWarning = regexp.MustCompile(`(?m)^.*(this answer is still the example's|cette réponse est encore celle de l’exemple|cette réponse est encore celle de l'exemple).*\n`)

// today is the day the tests run on, before the effective date of the
// examples, so that no test depends on the clock.
var today = time.Date(2026, 12, 1, 12, 0, 0, 0, time.Local)

// version is the program's version in the tests.
const version = "1.4.2"

// run runs the command line with a given language environment.
func run(t *testing.T, lang string, args ...string) result {
	t.Helper()
	return runWith(t, lang, func(*Env) {}, args...)
}

// runWith runs the command line in an environment that set changes.
func runWith(t *testing.T, lang string, set func(*Env), args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	env := Env{Stdout: &out, Stderr: &errOut, Stdin: strings.NewReader(""),
		Getenv: func(k string) string {
			if k == "LANG" {
				return lang
			}
			return ""
		},
		Today:   func() time.Time { return today },
		Version: version}
	set(&env)
	code := Run(args, env)
	return result{code, out.String(), errOut.String(), exampleWarning.ReplaceAllString(errOut.String(), "")}
}

// exampleFile writes a complete answers file made with init --example.
func exampleFile(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "answers.yaml")
	if r := run(t, "C", "init", "--kind", "api-tos", "--example", "-o", path); r.code != ExitOK {
		t.Fatalf("init --example: %d %s", r.code, r.stderr)
	}
	return path
}

func names(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

func TestKinds(t *testing.T) {
	r := run(t, "C", "kinds")
	if r.code != ExitOK {
		t.Fatalf("exit %d", r.code)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != len(templates.All()) {
		t.Fatalf("kinds printed %d lines", len(lines))
	}
	for i, k := range templates.All() {
		if !strings.HasPrefix(lines[i], k.ID+" ") {
			t.Errorf("line %q does not start with %s", lines[i], k.ID)
		}
	}
	if fr := run(t, "fr_FR.UTF-8", "kinds"); !strings.Contains(fr.stdout, "Conditions générales") {
		t.Errorf("French kinds: %s", fr.stdout)
	}
}

func TestQuestions(t *testing.T) {
	r := run(t, "C", "questions", "--kind", "api-tos")
	if r.code != ExitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	k, _ := templates.Lookup("api-tos")
	for _, qq := range k.Questionnaire.Questions() {
		if !strings.Contains(r.stdout, "\n   "+qq.Key+" (") {
			t.Errorf("questions does not list %s", qq.Key)
		}
	}
	for _, want := range []string{"share-alike: Neutral access with reciprocity [moderate rights", "default: neutrality"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("questions lacks %q", want)
		}
	}
	// The language asked for governs the annotations too, whatever the
	// locale, so that the reader meets one language only.
	for _, c := range []struct {
		locale, lang string
		want, not    []string
	}{
		{"C", "fr",
			[]string{"Accès neutre avec réciprocité", "true ou false, par défaut\u00a0: true, doit valoir true", "[droits modérés pour", "Exemple\u00a0: Acme Météo SAS", "nombre entier", "obligatoire",
				"Réponses incompatibles", "termination-notice-shorter-than-change-notice (erreur : les réponses sont refusées ; réponses : term.termination_notice_months"},
			[]string{"true or false", "default:", "must be", "rights for the other party", "Example:", "whole number", "(text, required",
				"cannot go together", "warning only", "closing the API"}},
		{"fr_FR.UTF-8", "en",
			[]string{"Neutral access with reciprocity", "true or false, default: true, must be true", "[moderate rights for", "Example: Acme Météo SAS",
				"Answers that cannot go together:", "effective-date-past (warning only; answers: effective_date)", "closing the API is the most radical"},
			[]string{"true ou false", "par défaut", "doit valoir", "droits modérés", "Exemple", "nombre entier", "(texte, obligatoire", "incompatibles", "fermer l’API"}},
	} {
		r := run(t, c.locale, "questions", "--kind", "api-tos", "--lang", c.lang)
		for _, s := range c.want {
			if !strings.Contains(r.stdout, s) {
				t.Errorf("questions --lang %s under %s lacks %q", c.lang, c.locale, s)
			}
		}
		for _, s := range c.not {
			if strings.Contains(r.stdout, s) {
				t.Errorf("questions --lang %s under %s holds %q, from the other language", c.lang, c.locale, s)
			}
		}
	}
}

func TestInit(t *testing.T) {
	r := run(t, "C", "init", "--kind", "api-tos")
	if r.code != ExitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	f, issues := answers.Parse([]byte(r.stdout), templates.Registry)
	if f == nil {
		t.Fatalf("init output does not parse: %v", issues)
	}
	for _, qq := range f.Questionnaire.Questions() {
		if d := qq.DefaultValue(); d != nil && !reflect.DeepEqual(f.Values[qq.Key], d) {
			t.Errorf("%s = %v, want default %v", qq.Key, f.Values[qq.Key], d)
		}
	}
	for _, i := range issues {
		if !i.Missing() {
			t.Errorf("init output has a problem other than missing answers: %+v", i)
		}
	}

	// An example file holds no answer that a document would leave out,
	// so that validate notes only what the user wrote: the example of a
	// question that does not apply is not written.
	dir := t.TempDir()
	for _, kind := range []string{"api-tos", "charter", "contribution"} {
		path := filepath.Join(dir, kind+".yaml")
		if r := run(t, "C", "init", "--kind", kind, "--example", "-o", path); r.code != ExitOK {
			t.Fatalf("init --example --kind %s: %d %s", kind, r.code, r.stderr)
		}
		r := run(t, "C", "validate", path)
		if r.code != ExitOK || r.notes != "" || !exampleWarning.MatchString(r.stderr) {
			t.Errorf("example %s: exit %d, notes %q: want only the warning on the example's answers", kind, r.code, r.stderr)
		}
	}
	example, _ := os.ReadFile(filepath.Join(dir, "api-tos.yaml"))
	if strings.Contains(string(example), "TVA non applicable") {
		t.Errorf("the example file answers the ground of a VAT exemption that does not apply:\n%s", example)
	}
	// Nor the defaults of questions that do not apply: a company's
	// example does not say what kind of public service it runs.
	for _, hidden := range []string{"public_activity: administrative", "public_accounting: true"} {
		if strings.Contains(string(example), hidden) {
			t.Errorf("the company example file holds the public body's answer %q", hidden)
		}
	}

	path := filepath.Join(dir, "a.yaml")
	if r := run(t, "C", "init", "--kind", "api-tos", "-o", path); r.code != ExitOK {
		t.Fatalf("init -o: %d %s", r.code, r.stderr)
	}
	os.WriteFile(path, []byte("precious"), 0o644)
	if r := run(t, "C", "init", "--kind", "api-tos", "-o", path); r.code != ExitInvalid || !strings.Contains(r.stderr, "--force") {
		t.Fatalf("init over an existing file: %d %s", r.code, r.stderr)
	}
	if data, _ := os.ReadFile(path); string(data) != "precious" {
		t.Fatal("init replaced an existing file without --force")
	}
	if r := run(t, "C", "init", "--kind", "api-tos", "-o", path, "--force"); r.code != ExitOK {
		t.Fatalf("init --force: %d", r.code)
	}
}

var problemLine = regexp.MustCompile(`^[^:]+\.yaml:\d+: .+$`)

func TestValidate(t *testing.T) {
	dir := t.TempDir()
	good := exampleFile(t, dir)
	if r := run(t, "C", "validate", good); r.code != ExitOK || r.notes != "" {
		t.Fatalf("valid file: %d %s", r.code, r.stderr)
	}
	bad := filepath.Join(dir, "bad.yaml")
	data, _ := os.ReadFile(good)
	os.WriteFile(bad, bytes.Replace(data, []byte("notice_months: 3"), []byte("notice_months: 1"), 1), 0o644)
	r := run(t, "C", "validate", good, bad)
	if r.code != ExitInvalid {
		t.Fatalf("invalid file: exit %d", r.code)
	}
	lines := strings.Split(strings.TrimSpace(r.notes), "\n")
	if len(lines) != 1 || !problemLine.MatchString(lines[0]) ||
		!strings.Contains(lines[0], "Notice before a breaking change") || !strings.Contains(lines[0], "must be at least 3") {
		t.Errorf("report = %q", r.stderr)
	}
	fr := run(t, "fr_FR.UTF-8", "validate", bad)
	if !strings.Contains(fr.stderr, "doit être au moins égal à 3") || !strings.Contains(fr.stderr, " (mois)\u00a0: ") {
		t.Errorf("French report = %q", fr.stderr)
	}
	if r := run(t, "C", "validate", filepath.Join(dir, "none.yaml")); r.code != ExitInvalid {
		t.Errorf("missing file: exit %d", r.code)
	}
	if r := run(t, "C", "validate", dir); r.code != ExitInvalid || !strings.Contains(r.stderr, "folder") {
		t.Errorf("folder: exit %d %s", r.code, r.stderr)
	}
}

func TestGenerateWritesEveryLanguageAndFormat(t *testing.T) {
	dir := t.TempDir()
	path := exampleFile(t, dir)
	t.Chdir(dir)
	r := run(t, "C", "generate", path)
	if r.code != ExitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	want := []string{"answers.yaml", "api-tos.en.md", "api-tos.en.pdf", "api-tos.fr.md", "api-tos.fr.pdf", "api-tos.json", "api-tos.schema.json", "pictograms"}
	if got := names(t, dir); !slices.Equal(got, want) {
		t.Fatalf("files = %v, want %v", got, want)
	}
	out := filepath.Join(dir, "nested", "out")
	if r := run(t, "C", "generate", "--lang", "fr", "--format", "pdf", path, "-o", out); r.code != ExitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if got := names(t, out); !slices.Equal(got, []string{"api-tos.fr.pdf", "api-tos.json"}) {
		t.Fatalf("files = %v", got)
	}
	web := filepath.Join(dir, "web")
	if r := run(t, "C", "generate", "--format", "html", path, "-o", web); r.code != ExitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	// A web page draws its pictograms inline: no folder of them.
	if got := names(t, web); !slices.Equal(got, []string{"api-tos.en.html", "api-tos.fr.html", "api-tos.json"}) {
		t.Fatalf("files = %v", got)
	}
}

func TestGenerateIsDeterministic(t *testing.T) {
	dir := t.TempDir()
	path := exampleFile(t, dir)
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	run(t, "C", "generate", path, "-o", a)
	run(t, "C", "generate", path, "-o", b)
	for _, n := range names(t, a) {
		x, _ := os.ReadFile(filepath.Join(a, n))
		y, _ := os.ReadFile(filepath.Join(b, n))
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs", n)
		}
	}
}

func TestGenerateWritesNothingOnInvalidInput(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.yaml")
	run(t, "C", "init", "--kind", "api-tos", "-o", path)
	out := filepath.Join(dir, "out")
	r := run(t, "C", "generate", path, "-o", out)
	if r.code != ExitInvalid || !strings.Contains(r.stderr, "--preview") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Fatal("output folder created for invalid input")
	}
	r = run(t, "C", "generate", path, "-o", out, "--preview", "--format", "md")
	if r.code != ExitOK {
		t.Fatalf("preview: exit %d %s", r.code, r.stderr)
	}
	md, _ := os.ReadFile(filepath.Join(out, "api-tos.en.draft.md"))
	if !strings.Contains(string(md), "to complete: Provider’s legal name") {
		t.Error("preview does not mark the missing provider name")
	}
	if !strings.Contains(r.stdout, filepath.Join(out, "api-tos.en.draft.md")) {
		t.Errorf("preview does not print the draft's name: %s", r.stdout)
	}
	if _, err := os.Stat(filepath.Join(out, "api-tos.en.md")); !os.IsNotExist(err) {
		t.Error("preview wrote under the final document's name")
	}
}

func TestGenerateRefusesAFolderInTheWay(t *testing.T) {
	dir := t.TempDir()
	path := exampleFile(t, dir)
	out := filepath.Join(dir, "out")
	os.MkdirAll(filepath.Join(out, "api-tos.en.md"), 0o755)
	if r := run(t, "C", "generate", path, "-o", out, "--lang", "en", "--format", "md"); r.code != ExitInvalid {
		t.Fatalf("exit %d", r.code)
	}
	if r := run(t, "C", "generate", path, "-o", path); r.code != ExitInvalid {
		t.Fatalf("output folder that is a file: exit %d", r.code)
	}
}

func TestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	path := exampleFile(t, dir)
	t.Chdir(dir) // a command wrongly accepted writes here, never in the source tree
	cases := [][]string{
		{},
		{"frobnicate"},
		{"generate"},
		{"generate", path, path},
		{"generate", path, "--lang", "de"},
		{"generate", path, "--format", "rtf"},
		{"generate", path, "--colour"},
		{"generate", path, "-o"},
		{"questions"},
		{"questions", "--kind", "nda"},
		{"questions", "--kind", "api-tos", "--lang", "es"},
		{"init"},
		{"validate"},
		{"kinds", "extra"},
		{"open"},
		{"open", path, path},
		{"open", path, "--lang", "fr"},
		{"version", "extra"},
	}
	for _, args := range cases {
		r := run(t, "C", args...)
		if r.code != ExitUsage || r.stderr == "" {
			t.Errorf("%v: exit %d, stderr %q", args, r.code, r.stderr)
		}
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"kinds", "--help"}, {"questions", "-h"},
		{"init", "--help"}, {"validate", "--help"}, {"generate", "--help"}, {"open", "--help"}, {"version", "--help"},
		{"schema", "--help"}, {"diff", "--help"}, {"verify", "--help"}} {
		r := run(t, "C", args...)
		if r.code != ExitOK || !strings.Contains(r.stdout, "apitos") || strings.Contains(r.stdout, "cli.help") {
			t.Errorf("%v: exit %d, %q", args, r.code, r.stdout)
		}
	}
	fr := run(t, "fr_FR.UTF-8", "--help")
	if !strings.Contains(fr.stdout, "Codes de sortie") {
		t.Error("French help missing")
	}
	for _, lang := range []string{"C", "fr_FR.UTF-8"} {
		help := run(t, lang, "--help").stdout
		for _, usage := range []string{"apitos open ", "apitos --version", "apitos schema ", "apitos diff ", "apitos verify "} {
			if !strings.Contains(help, usage) {
				t.Errorf("%s help does not document %s", lang, usage)
			}
		}
	}
}

func TestVersion(t *testing.T) {
	for _, arg := range []string{"--version", "-version", "version"} {
		var out bytes.Buffer
		env := Env{Stdout: &out, Stderr: &out, Getenv: func(string) string { return "" }, Version: "1.2.3"}
		if code := Run([]string{arg}, env); code != ExitOK || out.String() != "apitos 1.2.3\n" {
			t.Errorf("%s: exit %d, %q", arg, code, out.String())
		}
	}
}

// open hands the file, as given, to the wizard and exits with the
// wizard's code; wrong usage never opens a window.
func TestOpen(t *testing.T) {
	var opened []string
	var out bytes.Buffer
	env := Env{Stdout: &out, Stderr: &out, Getenv: func(string) string { return "" },
		OpenWizard: func(path string) int { opened = append(opened, path); return 0 }}
	if code := Run([]string{"open", "terms.yaml"}, env); code != ExitOK || !slices.Equal(opened, []string{"terms.yaml"}) {
		t.Errorf("open terms.yaml: exit %d, opened %v", code, opened)
	}
	if code := Run([]string{"open", "--", "-odd name.yaml"}, env); code != ExitOK || opened[len(opened)-1] != "-odd name.yaml" {
		t.Errorf("open -- FILE: exit %d, opened %v", code, opened)
	}
	opened = nil
	for _, args := range [][]string{{"open"}, {"open", "a.yaml", "b.yaml"}, {"open", "--kind", "api-tos"}, {"open", "--help"}} {
		Run(args, env)
	}
	if len(opened) > 0 {
		t.Errorf("wrong usage or help opened the wizard on %v", opened)
	}
}

// The command line built without the wizard (apitos-cli) says so when
// asked to open it, in the user's language, and exits with a usage error.
func TestWithoutWizard(t *testing.T) {
	for _, tc := range []struct{ lang, want string }{
		{"C", "without the wizard (apitos-cli)"},
		{"fr_FR.UTF-8", "sans l’assistant (apitos-cli)"},
	} {
		for _, args := range [][]string{nil, {"open", "terms.yaml"}} {
			r := run(t, tc.lang, args...)
			if r.code != ExitUsage || !strings.Contains(r.stderr, tc.want) {
				t.Errorf("%s %v: exit %d, %q", tc.lang, args, r.code, r.stderr)
			}
		}
	}
}

// A name the PDF font cannot draw is refused for PDF output with the
// field named, and accepted for Markdown, which carries it unchanged.
func TestUnprintableCharactersInPDF(t *testing.T) {
	dir := t.TempDir()
	path := exampleFile(t, dir)
	data, _ := os.ReadFile(path)
	os.WriteFile(path, bytes.Replace(data, []byte("name: Acme Météo SAS"), []byte("name: Acme 🚀 שלום"), 1), 0o644)
	r := run(t, "C", "generate", path, "-o", filepath.Join(dir, "out"))
	if r.code != ExitInvalid || !strings.Contains(r.stderr, "Provider’s legal name: contains characters the PDF font cannot draw (🚀שלום)") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if r := run(t, "C", "generate", path, "-o", filepath.Join(dir, "md"), "--format", "md"); r.code != ExitOK {
		t.Fatalf("Markdown refused: %s", r.stderr)
	}
	md, _ := os.ReadFile(filepath.Join(dir, "md", "api-tos.en.md"))
	if !strings.Contains(string(md), "Acme 🚀 שלום") {
		t.Error("the name does not appear unchanged in the Markdown")
	}
}

// questions --lang prints the examples in that language: prose in it, and
// language-neutral examples (addresses, names) as they are.
func TestQuestionsExamplesInTheirLanguage(t *testing.T) {
	k, _ := templates.Lookup("charter")
	mission, _ := k.Questionnaire.Question("commons.mission")
	url, _ := k.Questionnaire.Question("commons.url")
	for _, l := range textfmt.All {
		r := run(t, "C", "questions", "--kind", "charter", "--lang", string(l))
		other := textfmt.FR
		if l == textfmt.FR {
			other = textfmt.EN
		}
		if !strings.Contains(r.stdout, mission.Example.In(l)[:40]) || strings.Contains(r.stdout, mission.Example.In(other)[:40]) {
			t.Errorf("questions --lang %s does not print the mission's example in %s only", l, l)
		}
		if !strings.Contains(r.stdout, url.Example.In(l)) {
			t.Errorf("questions --lang %s lacks the example address", l)
		}
	}
	if r := run(t, "C", "questions", "--kind", "charter"); !strings.Contains(r.stdout, "one text per language") ||
		!strings.Contains(r.stdout, "asked only when the documents are written in both languages") {
		t.Error("questions does not say which answers are translated, nor what is asked for both languages only")
	}
}

// init writes the documents' languages; with --example, translatable
// answers are a text per language, or a plain text in a file of one
// language; both validate.
func TestInitLanguages(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		lang, want, mission string
	}{
		{"en,fr", "languages: [en, fr]\n", "    mission:\n      en: To produce"},
		{"fr", "languages: [fr]\n", "    mission: Produire"},
		{"en", "languages: [en]\n", "    mission: To produce"},
	} {
		path := filepath.Join(dir, c.lang+".yaml")
		if r := run(t, "C", "init", "--kind", "charter", "--example", "--lang", c.lang, "-o", path); r.code != ExitOK {
			t.Fatalf("init --lang %s: %d %s", c.lang, r.code, r.stderr)
		}
		data, _ := os.ReadFile(path)
		if !strings.Contains(string(data), c.want) || !strings.Contains(string(data), c.mission) {
			t.Errorf("init --lang %s wrote:\n%s", c.lang, data)
		}
		if r := run(t, "C", "validate", path); r.code != ExitOK {
			t.Errorf("init --lang %s: %s", c.lang, r.stderr)
		}
	}
	if r := run(t, "C", "init", "--kind", "charter", "--lang", "de"); r.code != ExitUsage {
		t.Errorf("init --lang de: exit %d", r.code)
	}
}

// generate writes the file's languages; asking for a language the file
// does not have is refused as invalid input, and nothing is written.
func TestGenerateFollowsTheFileLanguages(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "fr.yaml")
	if r := run(t, "C", "init", "--kind", "charter", "--example", "--lang", "fr", "-o", path); r.code != ExitOK {
		t.Fatal(r.stderr)
	}
	out := filepath.Join(dir, "out")
	if r := run(t, "C", "generate", path, "-o", out, "--format", "md"); r.code != ExitOK {
		t.Fatalf("generate: %d %s", r.code, r.stderr)
	}
	if got := names(t, out); !slices.Contains(got, "charter.fr.md") || slices.Contains(got, "charter.en.md") {
		t.Errorf("generate wrote %v", got)
	}
	md, _ := os.ReadFile(filepath.Join(out, "charter.fr.md"))
	if strings.Contains(string(md), "plusieurs langues") || strings.Contains(string(md), "Langues {#") {
		t.Error("a French-only charter speaks of other languages")
	}
	none := filepath.Join(dir, "none")
	for _, lang := range []string{"en", "en,fr"} {
		r := run(t, "C", "generate", path, "-o", none, "--lang", lang)
		if r.code != ExitInvalid || !strings.Contains(r.stderr, "written in French only") || !strings.Contains(r.stderr, "in English") {
			t.Errorf("--lang %s on a French file: %d %s", lang, r.code, r.stderr)
		}
	}
	if _, err := os.Stat(none); err == nil {
		t.Error("a refused generate created its folder")
	}
}

// A file of both languages with a translation missing is refused by
// validate and generate, naming the question and the language, and a
// preview marks it.
func TestMissingTranslation(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "charter.yaml")
	if r := run(t, "C", "init", "--kind", "charter", "--example", "-o", path); r.code != ExitOK {
		t.Fatal(r.stderr)
	}
	data, _ := os.ReadFile(path)
	src := regexp.MustCompile(`(?m)^      fr: Produire.*\n`).ReplaceAllString(string(data), "")
	if src == string(data) {
		t.Fatal("no French mission in the example file")
	}
	os.WriteFile(path, []byte(src), 0o644)
	want := regexp.MustCompile(`charter\.yaml:\d+: Mission, French text: missing; write this answer in French too`)
	if r := run(t, "C", "validate", path); r.code != ExitInvalid || !want.MatchString(r.stderr) {
		t.Errorf("validate: %d %s", r.code, r.stderr)
	}
	out := filepath.Join(dir, "out")
	if r := run(t, "C", "generate", path, "-o", out); r.code != ExitInvalid || !want.MatchString(r.stderr) {
		t.Errorf("generate: %d %s", r.code, r.stderr)
	}
	if r := run(t, "C", "generate", path, "-o", out, "--preview", "--format", "md"); r.code != ExitOK {
		t.Fatalf("generate --preview: %d %s", r.code, r.stderr)
	}
	fr, _ := os.ReadFile(filepath.Join(out, "charter.fr.draft.md"))
	if !strings.Contains(string(fr), "à traduire\u00a0: Mission") {
		t.Error("the preview does not mark the missing French mission")
	}
}

// Answers that contradict each other: validate and generate report each
// once, at the line of the first answer concerned, naming every answer;
// errors refuse the file, warnings are marked as such, in the user's
// language (or that of --lang), and refuse nothing.
func TestRulesBetweenAnswers(t *testing.T) {
	dir := t.TempDir()
	good, _ := os.ReadFile(exampleFile(t, dir))
	write := func(name string, edits ...string) string {
		data := string(good)
		for i := 0; i+1 < len(edits); i += 2 {
			if !strings.Contains(data, edits[i]) {
				t.Fatalf("the example has no %q", edits[i])
			}
			data = strings.Replace(data, edits[i], edits[i+1], 1)
		}
		path := filepath.Join(dir, name)
		os.WriteFile(path, []byte(data), 0o644)
		return path
	}
	lineOf := func(path, text string) string {
		data, _ := os.ReadFile(path)
		before, _, _ := strings.Cut(string(data), text)
		return strconv.Itoa(strings.Count(before, "\n") + 1)
	}

	past := write("past.yaml", "effective_date: 2027-03-01", "effective_date: 2026-11-30")
	r := run(t, "C", "validate", past)
	want := past + ":" + lineOf(past, "effective_date:") + ": warning: Effective date: this date is already past."
	if r.code != ExitOK || !strings.HasPrefix(r.notes, want) || strings.Count(r.notes, "\n") != 1 ||
		!strings.Contains(r.stdout, "valid (api-tos)") {
		t.Errorf("validate with a warning: exit %d\nstderr %q\nwant prefix %q\nstdout %q", r.code, r.stderr, want, r.stdout)
	}
	fr := run(t, "fr_FR.UTF-8", "validate", past)
	if fr.code != ExitOK || !strings.Contains(fr.stderr, ": avertissement\u00a0: Date d’entrée en vigueur\u00a0: cette date est déjà passée.") {
		t.Errorf("French warning: %q", fr.stderr)
	}
	out := filepath.Join(dir, "out")
	if r := run(t, "C", "generate", past, "-o", out, "--format", "md"); r.code != ExitOK ||
		!strings.Contains(r.stderr, "warning: Effective date") || len(names(t, out)) == 0 {
		t.Errorf("generate with a warning: exit %d %q", r.code, r.stderr)
	}

	// An answer to a question that does not apply is noted, and refuses
	// nothing; so are the examples left in the file that no longer apply
	// (the list of categories of personal data, for one).
	unused := write("unused.yaml", "processed: true", "processed: false", "retention_days: 30", "retention_days: 45")
	r = run(t, "C", "validate", unused)
	want = unused + ":" + lineOf(unused, "  retention_days: 45") + ": note: How long you keep the personal data received in requests (days): this answer is not used, because its question does not apply given your answer to “Does the API receive or return personal data?” (line " + lineOf(unused, "processed: false") + ")"
	lines := strings.Split(strings.TrimSpace(r.notes), "\n")
	if r.code != ExitOK || !slices.ContainsFunc(lines, func(l string) bool { return strings.HasPrefix(l, want) }) ||
		!strings.Contains(r.stderr, ": note: Which personal data, about whom?: this answer is not used") {
		t.Errorf("validate with an answer not used: exit %d\nstderr %q\nwant a line %q", r.code, r.stderr, want)
	}
	for _, l := range lines {
		if !strings.Contains(l, ": note: ") {
			t.Errorf("validate with answers not used: %q is not a note", l)
		}
	}
	if fr := run(t, "fr_FR.UTF-8", "validate", unused); fr.code != ExitOK || !strings.Contains(fr.stderr, ": remarque\u00a0: Durée de conservation des données personnelles reçues dans les requêtes (jours)\u00a0: cette réponse n’est pas utilisée") {
		t.Errorf("French note: %q", fr.stderr)
	}

	closing := write("closing.yaml", "notice_months: 3", "notice_months: 6", "termination_notice_months: 6", "termination_notice_months: 4")
	r = run(t, "C", "validate", closing)
	lines = strings.Split(strings.TrimSpace(r.notes), "\n")
	if r.code != ExitInvalid || len(lines) != 1 ||
		!strings.HasPrefix(lines[0], closing+":"+lineOf(closing, "  notice_months:")+": Notice before a breaking change or a change of these terms (months) and Notice before the provider closes the API (months): ") ||
		!strings.Contains(lines[0], "cannot be shorter than the notice before a breaking change") || strings.Contains(r.notes, "warning") {
		t.Errorf("validate with an error: exit %d %q", r.code, r.stderr)
	}
	fr = run(t, "C", "validate", "--lang", "fr", closing)
	if fr.code != ExitInvalid || strings.Count(fr.notes, "\n") != 1 ||
		!strings.Contains(fr.stderr, "(mois) et Préavis avant que le fournisseur ne ferme l’API (mois)\u00a0: ") {
		t.Errorf("validate --lang fr: exit %d %q", fr.code, fr.stderr)
	}
	if r := run(t, "fr_FR.UTF-8", "validate", closing, "--lang", "en"); !strings.Contains(r.stderr, "cannot be shorter") {
		t.Errorf("validate --lang en in a French locale: %q", r.stderr)
	}
	if r := run(t, "C", "validate", "--lang", "de", closing); r.code != ExitUsage {
		t.Errorf("validate --lang de: exit %d", r.code)
	}
	refused := filepath.Join(dir, "refused")
	if r := run(t, "C", "generate", closing, "-o", refused); r.code != ExitInvalid || len(r.stdout) > 0 {
		t.Errorf("generate with an error: exit %d %q", r.code, r.stdout)
	}
	if _, err := os.Stat(refused); err == nil {
		t.Error("generate wrote something despite contradictory answers")
	}
}

// A file that cannot be read is explained in the user's language, not in
// the system's words.
func TestUnreadableFileIsExplained(t *testing.T) {
	for lang, want := range map[string]string{"en_GB.UTF-8": "this file does not exist", "fr_FR.UTF-8": "ce fichier n’existe pas"} {
		r := run(t, lang, "validate", filepath.Join(t.TempDir(), "missing.yaml"))
		if r.code != ExitInvalid || !strings.Contains(r.stderr, want) || strings.Contains(r.stderr, "no such file") {
			t.Errorf("%s: exit %d, %q", lang, r.code, r.stderr)
		}
	}
}

// A licence typed as people name it is refused at its line with the
// identifier it means, or the choice between those it can mean, in the
// user's language.
func TestLicencesAsPeopleWriteThem(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "charter.yaml")
	if r := run(t, "C", "init", "--kind", "charter", "--example", "-o", path); r.code != ExitOK {
		t.Fatalf("init: %s", r.stderr)
	}
	example, _ := os.ReadFile(path)
	for _, c := range []struct {
		key, typed string
		en, fr     string // what the message says
	}{
		{"software", "GPL3", "write GPL-3.0-only for this version only, or GPL-3.0-or-later to allow any later version",
			"écrivez GPL-3.0-only pour cette version seulement, ou GPL-3.0-or-later pour autoriser toute version ultérieure"},
		{"software", "GPLv3", "GPL-3.0-only for this version only, or GPL-3.0-or-later", "GPL-3.0-only pour cette version seulement, ou GPL-3.0-or-later"},
		{"software", "GPL 3.0", "GPL-3.0-only for this version only, or GPL-3.0-or-later", "GPL-3.0-only pour cette version seulement, ou GPL-3.0-or-later"},
		{"software", "GPL-3", "GPL-3.0-only for this version only, or GPL-3.0-or-later", "GPL-3.0-only pour cette version seulement, ou GPL-3.0-or-later"},
		{"software", "GPL-3.0", "is a deprecated SPDX identifier, which does not say whether later versions of the licence apply; write GPL-3.0-only",
			"est un identifiant SPDX obsolète, qui ne dit pas si les versions ultérieures de la licence s’appliquent\u202f; écrivez GPL-3.0-only"},
		{"software", "GPLv3+", "did you mean GPL-3.0-or-later?", "vouliez-vous dire GPL-3.0-or-later\u202f?"},
		{"software", "Apache 2", "did you mean Apache-2.0?", "vouliez-vous dire Apache-2.0\u202f?"},
		{"software", "Apache License 2.0", "did you mean Apache-2.0?", "vouliez-vous dire Apache-2.0\u202f?"},
		{"software", "MIT License", "did you mean MIT?", "vouliez-vous dire MIT\u202f?"},
		{"software", "BSD", "did you mean BSD-3-Clause or BSD-2-Clause?", "vouliez-vous dire BSD-3-Clause ou BSD-2-Clause\u202f?"},
		{"software", "BSD 3", "did you mean BSD-3-Clause?", "vouliez-vous dire BSD-3-Clause\u202f?"},
		{"software", "CeCILL v2.1", "did you mean CECILL-2.1?", "vouliez-vous dire CECILL-2.1\u202f?"},
		{"software", "EUPL 1.2", "did you mean EUPL-1.2?", "vouliez-vous dire EUPL-1.2\u202f?"},
		{"software", "MPL 2", "did you mean MPL-2.0?", "vouliez-vous dire MPL-2.0\u202f?"},
		{"software", "LGPL", "did you mean LGPL-3.0-only, LGPL-3.0-or-later, LGPL-2.1-only, or LGPL-2.1-or-later?",
			"vouliez-vous dire LGPL-3.0-only, LGPL-3.0-or-later, LGPL-2.1-only ou LGPL-2.1-or-later\u202f?"},
		{"content", "CC BY 4.0", "did you mean CC-BY-4.0?", "vouliez-vous dire CC-BY-4.0\u202f?"},
		{"content", "CC-BY-SA", "did you mean CC-BY-SA-4.0 or CC-BY-SA-3.0?", "vouliez-vous dire CC-BY-SA-4.0 ou CC-BY-SA-3.0\u202f?"},
		{"content", "CC BY-SA 4.0", "did you mean CC-BY-SA-4.0?", "vouliez-vous dire CC-BY-SA-4.0\u202f?"},
		{"data", "Licence Ouverte 2.0", "did you mean etalab-2.0?", "vouliez-vous dire etalab-2.0\u202f?"},
		{"data", "Etalab", "did you mean etalab-2.0?", "vouliez-vous dire etalab-2.0\u202f?"},
		{"data", "ODbL", "did you mean ODbL-1.0?", "vouliez-vous dire ODbL-1.0\u202f?"},
	} {
		line := "    " + c.key + ": "
		i := strings.Index(string(example), line)
		if i < 0 {
			t.Fatalf("the example has no %q", line)
		}
		end := i + strings.IndexByte(string(example[i:]), '\n')
		data := string(example[:i]) + line + strconv.Quote(c.typed) + string(example[end:])
		os.WriteFile(path, []byte(data), 0o644)
		at := path + ":" + strconv.Itoa(strings.Count(data[:i], "\n")+1) + ": "
		for _, l := range []struct{ env, label, want string }{
			{"C", "Licence of the " + c.key, c.en}, // content: "… and documentation: "
			{"fr_FR.UTF-8", "", c.fr},
		} {
			r := run(t, l.env, "validate", path)
			if r.code != ExitInvalid || !strings.HasPrefix(r.notes, at+l.label) || !strings.Contains(r.notes, l.want) || strings.Count(r.notes, "\n") != 1 {
				t.Errorf("%s %q: exit %d\n%s\nwant %s…%s", l.env, c.typed, r.code, r.stderr, at+l.label, l.want)
			}
		}
	}
}

// The answers file the README shows is valid, with no warning, and
// generates: readers copy it to start.
func TestReadmeSampleIsValid(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)## Answers files\n.*?```yaml\n(.*?)```").FindSubmatch(readme)
	if m == nil {
		t.Fatal("no answers file in the README")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "terms.yaml")
	if err := os.WriteFile(path, m[1], 0o644); err != nil {
		t.Fatal(err)
	}
	if r := run(t, "C", "validate", path); r.code != ExitOK || r.notes != "" {
		t.Fatalf("validate: exit %d %q", r.code, r.stderr)
	}
	if r := run(t, "C", "generate", path, "-o", filepath.Join(dir, "out"), "--format", "md"); r.code != ExitOK {
		t.Fatalf("generate: exit %d %q", r.code, r.stderr)
	}
}

// generate --review writes documents for a reviewer under their own
// names, never over the final documents.
func TestGenerateReview(t *testing.T) {
	dir := t.TempDir()
	path := exampleFile(t, dir)
	out := filepath.Join(dir, "out")
	r := run(t, "C", "generate", path, "-o", out, "--review", "--format", "md,pdf", "--lang", "fr")
	if r.code != ExitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	got := slices.DeleteFunc(names(t, out), func(n string) bool { return n == "pictograms" })
	if want := []string{"api-tos.fr.review.md", "api-tos.fr.review.pdf", "api-tos.review.json"}; !slices.Equal(got, want) {
		t.Fatalf("files = %v, want %v", got, want)
	}
	md, _ := os.ReadFile(filepath.Join(out, "api-tos.fr.review.md"))
	for _, want := range []string{"**PROJET**", "## Points à vérifier", "> **Réponses dont elle dépend\u00a0:**"} {
		if !strings.Contains(string(md), want) {
			t.Errorf("the review lacks %q", want)
		}
	}
	// Its fingerprint leads to its own manifest.
	if r := run(t, "C", "verify", filepath.Join(out, "api-tos.fr.review.pdf"), path); r.code != ExitOK {
		t.Errorf("verify of the review: exit %d %s", r.code, r.stderr)
	}
}

// Word and OpenDocument files are written on request, final and for
// review, in every language of the answers, under the names of the
// command line contract; each manifest lists its files with their
// digests, and verify reads the fingerprint from their properties.
func TestGenerateWordProcessorFiles(t *testing.T) {
	dir := t.TempDir()
	path := exampleFile(t, dir)
	out := filepath.Join(dir, "out")
	if r := run(t, "C", "generate", path, "-o", out, "--format", "docx,odt"); r.code != ExitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if r := run(t, "C", "generate", path, "-o", out, "--format", "docx,odt", "--review"); r.code != ExitOK {
		t.Fatalf("--review: exit %d: %s", r.code, r.stderr)
	}
	final := []string{"api-tos.en.docx", "api-tos.en.odt", "api-tos.fr.docx", "api-tos.fr.odt"}
	review := []string{"api-tos.en.review.docx", "api-tos.en.review.odt", "api-tos.fr.review.docx", "api-tos.fr.review.odt"}
	want := slices.Sorted(slices.Values(append(append([]string{"api-tos.json", "api-tos.review.json"}, final...), review...)))
	if got := names(t, out); !slices.Equal(got, want) {
		t.Fatalf("files = %v, want %v", got, want)
	}
	for mf, files := range map[string][]string{"api-tos.json": final, "api-tos.review.json": review} {
		var m manifest.Manifest
		data, err := os.ReadFile(filepath.Join(out, mf))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatalf("%s: %v", mf, err)
		}
		if m.Review != (mf == "api-tos.review.json") {
			t.Errorf("%s: review = %v", mf, m.Review)
		}
		var listed []string
		for _, f := range m.Files {
			listed = append(listed, f.Name)
			data, err := os.ReadFile(filepath.Join(out, f.Name))
			if err != nil {
				t.Errorf("%s lists %s: %v", mf, f.Name, err)
				continue
			}
			if sum := sha256.Sum256(data); hex.EncodeToString(sum[:]) != f.SHA256 || len(data) != f.Bytes {
				t.Errorf("%s: the digest or size of %s is not the file's", mf, f.Name)
			}
		}
		if slices.Sort(listed); !slices.Equal(listed, files) {
			t.Errorf("%s lists %v, want %v", mf, listed, files)
		}
	}
	other := laterVersion(t, path, "other.yaml", "1.1", "2027-06-01")
	for _, name := range append(final, review...) {
		doc := filepath.Join(out, name)
		if r := run(t, "C", "verify", doc, path); r.code != ExitOK {
			t.Errorf("verify %s: exit %d %s", name, r.code, r.stderr)
		}
		if r := run(t, "C", "verify", doc, other); r.code != ExitInvalid {
			t.Errorf("verify %s against other answers: exit %d, want %d", name, r.code, ExitInvalid)
		}
	}
}
