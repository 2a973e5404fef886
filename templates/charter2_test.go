package templates

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"apitos/internal/answers"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// charter2Body is a clause of the charter, or "" where it is absent, with
// its no-break spaces and typographic apostrophes made plain.
func charter2Body(t *testing.T, vals questionnaire.Values, l textfmt.Lang, id string) string {
	t.Helper()
	k, _ := Lookup("charter")
	return strings.ReplaceAll(optionalClauseBody(t, k, vals, l, id), "’", "'")
}

// charter2Vals are the example answers of a charter with the given vehicle
// and membership classes.
func charter2Vals(t *testing.T, vehicle string, classes ...string) questionnaire.Values {
	t.Helper()
	k, _ := Lookup("charter")
	vals := exampleValues(t, k)
	vals["legal.vehicle"], vals["governing_law"] = vehicle, "FR"
	if vehicle == "none" || vehicle == "de-facto-association" {
		vals["economy.funding"] = []string{"donations"}
	}
	vals["membership.classes"] = classes
	return vals
}

// SI-1: a charter open to individuals only speaks of no Member that is a
// legal person, of its representative, of the entities it controls or of
// its size; one open to organisations keeps those rules.
func TestCharter2IndividualsOnly(t *testing.T) {
	legal := map[textfmt.Lang][]string{
		textfmt.EN: {"A legal person takes part through a natural person", "or the natural persons who represent them", "Members that are legal persons", "on the dissolution of a Member that is a legal person", "together with the entities that it controls", "whatever their size"},
		textfmt.FR: {"Une personne morale participe par l'intermédiaire", "ou les personnes physiques qui les représentent", "Membres personnes morales", "par la dissolution du Membre personne morale", "avec les entités qu'il contrôle", "quels que soient sa taille"},
	}
	ids := []string{"membership-classes", "membership-exit", "bodies-steering", "transparency-space"}
	for _, vehicle := range []string{"association", "none", "de-facto-association", "fiscal-host"} {
		for _, classes := range [][]string{{"individuals"}, {"individuals", "companies"}, nil} {
			vals := charter2Vals(t, vehicle, classes...)
			vals["transparency.published"] = []string{"minutes", "members"}
			only := len(classes) == 1
			for _, l := range textfmt.All {
				var all strings.Builder
				for _, id := range ids {
					all.WriteString(charter2Body(t, vals, l, id))
				}
				text := all.String()
				if !strings.Contains(text, map[textfmt.Lang]string{textfmt.EN: "Members who agree to appear on it", textfmt.FR: "qui acceptent d'y figurer"}[l]) {
					t.Errorf("%s %v %s: the list of Members is missing", vehicle, classes, l)
				}
				for _, p := range legal[l] {
					if got := strings.Contains(text, p); got == only {
						t.Errorf("%s %v %s: %q printed=%v", vehicle, classes, l, p, got)
					}
				}
			}
		}
	}
}

// SI-4: without a legal entity the holder of the assets is the Members'
// agent under a mandate (C. civ. 1984 ff.), accounts for its management
// (1993), may be revoked by the Assembly (2004) or withdraw (2007), and
// hands the assets over; no fiducie is named in the text. With an entity
// and a nominee, the nominee agreement makes the holder account and lets
// the entity revoke it.
func TestCharter2HolderMandate(t *testing.T) {
	want := map[textfmt.Lang][]string{
		textfmt.EN: {"as their agent (mandataire) under a mandate without representation", "Article 1154, second paragraph", "shall account for the management of those assets to each meeting of the Assembly", "Article 1993", "The Assembly may revoke the mandate at any time", "Article 2004", "may withdraw from the mandate", "Article 2007", "Article 2003", "hand over to the new holder"},
		textfmt.FR: {"en qualité de mandataire sans représentation", "article 1154, alinéa 2", "rend compte de sa gestion de ces biens à chaque réunion de l'Assemblée", "article 1993", "L'Assemblée peut révoquer ce mandat à tout moment", "article 2004", "peut renoncer à son mandat", "article 2007", "article 2003", "remettent au nouveau détenteur"},
	}
	nominee := map[textfmt.Lang][]string{
		textfmt.EN: {"by which the holder accounts to it for those registrations", "free to revoke the agreement at any time"},
		textfmt.FR: {"par laquelle le détenteur lui rend compte de ces enregistrements", "pouvant révoquer la convention à tout moment"},
	}
	for _, vehicle := range []string{"none", "de-facto-association", "association"} {
		vals := charter2Vals(t, vehicle, "individuals")
		if vehicle == "association" {
			vals["assets.holder"] = "trustee"
		}
		for _, l := range textfmt.All {
			body := charter2Body(t, vals, l, "assets-holder-trustee")
			if body == "" {
				t.Fatalf("%s %s: no holder clause", vehicle, l)
			}
			list := want[l]
			if vehicle == "association" {
				list = nominee[l]
			}
			for _, p := range list {
				if !strings.Contains(body, p) {
					t.Errorf("%s %s: holder clause lacks %q", vehicle, l, p)
				}
			}
			for _, p := range []string{"fiducie", "trust", "personne morale", "for a legal person"} {
				if strings.Contains(body, p) {
					t.Errorf("%s %s: holder clause says %q", vehicle, l, p)
				}
			}
		}
	}
}

// SI-5/SJ-8: the Members are bound to the Conduct Committee's
// confidentiality by the charter; a member of the Committee or substitute
// whom the charter does not bind signs a confidentiality undertaking
// before handling reports. The representative of a legal person is named
// among them only where legal persons may join.
func TestCharter2ConductConfidentiality(t *testing.T) {
	want := map[textfmt.Lang][]string{
		textfmt.EN: {"The Members are bound to that confidentiality by this Charter", "such as a Participant who is not a Member", "shall sign, before handling any report, a written undertaking to keep confidential"},
		textfmt.FR: {"Les Membres sont tenus à cette confidentialité par la Charte", "tel qu'un Participant qui n'est pas Membre", "signe, avant de traiter tout signalement, un engagement écrit de garder confidentiels"},
	}
	rep := map[textfmt.Lang]string{textfmt.EN: "the natural person through whom a Member that is a legal person takes part", textfmt.FR: "la personne physique par l'intermédiaire de laquelle participe un Membre personne morale"}
	internal := map[textfmt.Lang]string{textfmt.EN: "which is the internal rules of the Legal Entity", textfmt.FR: "qui constitue le règlement intérieur de la Structure porteuse"}
	for _, vehicle := range []string{"association", "none", "fiscal-host"} {
		for _, classes := range [][]string{{"individuals"}, {"individuals", "non-profits"}} {
			vals := charter2Vals(t, vehicle, classes...)
			for _, l := range textfmt.All {
				body := charter2Body(t, vals, l, "conduct-committee")
				for _, p := range want[l] {
					if !strings.Contains(body, p) {
						t.Errorf("%s %v %s: conduct committee lacks %q", vehicle, classes, l, p)
					}
				}
				if got := strings.Contains(body, rep[l]); got != (len(classes) > 1) {
					t.Errorf("%s %v %s: representative of a legal person named=%v", vehicle, classes, l, got)
				}
				if got := strings.Contains(body, internal[l]); got != (vehicle == "association") {
					t.Errorf("%s %v %s: internal rules named=%v", vehicle, classes, l, got)
				}
			}
		}
	}
}

// SG-6/SI-12/SJ-6: the charter prints no support period of its own: the
// Assembly sets it, with the floor of five years that Article 13(8) of the
// Cyber Resilience Act sets, whether for paid services around software or
// for a hardware product with digital elements.
func TestCharter2SupportPeriodFloor(t *testing.T) {
	floor := map[textfmt.Lang]string{textfmt.EN: "of at least five years unless", textfmt.FR: "d'au moins cinq ans sauf si"}
	vals := charter2Vals(t, "association", "individuals", "companies")
	vals["economy.funding"] = []string{"donations", "services"}
	vals["commons.resources"] = []string{"software", "hardware", "content"}
	vals["licences.hardware"] = "CERN-OHL-S-2.0"
	for _, l := range textfmt.All {
		for _, id := range []string{"economy-funding", "licences-hardware"} {
			if body := charter2Body(t, vals, l, id); !strings.Contains(body, floor[l]) || !strings.Contains(body, "13") {
				t.Errorf("%s %s: no floor of the support period", l, id)
			}
		}
	}
}

// An answer whose question does not apply is noted only where the user
// wrote it: init writes every default, so a support period left at its
// default by a policy whose legal person is no manufacturer is no note,
// while another value is.
func TestCharter2IgnoredNoteSkipsDefaults(t *testing.T) {
	for _, c := range []struct {
		years string
		noted bool
	}{{"5", false}, {"7", true}} {
		data := []byte("kind: contribution\nanswers:\n  security:\n    cra_manufacturer: false\n    support_years: " + c.years + "\n")
		f, _ := answers.Parse(data, Registry)
		if f == nil {
			t.Fatalf("support_years %s: the file does not parse", c.years)
		}
		noted := false
		for _, n := range f.Ignored() {
			noted = noted || n.Key == "security.support_years"
		}
		if noted != c.noted {
			t.Errorf("support_years %s: noted=%v, want %v", c.years, noted, c.noted)
		}
	}
}

// SJ-13: information made public in place of individual information
// (GDPR, art. 14(5)(b)) is kept for data without contact details, only
// where individual information proves impossible or disproportionate, as
// assessed beforehand by a weighing recorded in writing.
func TestCharter2PublicInformationNeedsARecordedAssessment(t *testing.T) {
	want := map[textfmt.Lang][]string{
		textfmt.EN: {"for data that include no such contact details, the information may instead be made public in the Governance Space", "assessed beforehand, for each set of data, by weighing that effort against the effect of the processing", "the assessment recorded in writing (Article 14(5)(b) and Article 5(2) of the GDPR)"},
		textfmt.FR: {"pour les données qui ne comportent aucune telle coordonnée, l'information peut être rendue publique dans l'Espace de gouvernance", "apprécié au préalable, pour chaque ensemble de données, en mettant en balance ces efforts et l'incidence du traitement", "consigné par écrit (article 14, paragraphe 5, point b, et article 5, paragraphe 2, du RGPD)"},
	}
	for _, vehicle := range []string{"association", "none", "public-body"} {
		for _, recorded := range []bool{false, true} {
			vals := charter2Vals(t, vehicle, "individuals")
			vals["commons.personal_data"], vals["commons.people_recorded"] = true, recorded
			for _, l := range textfmt.All {
				body := charter2Body(t, vals, l, "personal-data-resources")
				for _, p := range want[l] {
					if !strings.Contains(body, p) {
						t.Errorf("%s recorded=%v %s: personal data in the resources lacks %q", vehicle, recorded, l, p)
					}
				}
				if rec := charter2Body(t, vals, l, "personal-data-recorded"); strings.Contains(rec, "14(5)") || strings.Contains(rec, "14, paragraphe 5") {
					t.Errorf("%s %s: the recordings, published on consent, invoke art. 14(5)(b)", vehicle, l)
				}
			}
		}
	}
}

// A linked policy that gives no registration or seat of its own takes
// those that the charter gives its legal entity (charter_default), prints
// them, and gives no warning that they are missing; its own answer, where
// the charter gives one, is refused and the charter's stands (RP-14).
func TestCharter2PolicyTakesTheCharterRegistration(t *testing.T) {
	c, _ := Lookup("charter")
	k, _ := Lookup("contribution")
	for _, tc := range []struct {
		name, vehicle, own, want string
	}{
		{"SCIC", "scic", "", "123 456 782"},
		{"fiscal host", "fiscal-host", "", "W123456789"},
		{"SCIC, the policy's own number", "scic", "RCS Lyon 987 654 324", "123 456 782"},
	} {
		dir := t.TempDir()
		charter := c.Examples()
		charter["legal.vehicle"], charter["legal.existing_entity"] = tc.vehicle, true
		charter["legal.seat"] = "12 rue des Ateliers, 35000 Rennes"
		if tc.vehicle == "scic" {
			charter["legal.entity_name"], charter["legal.company_form"], charter["legal.registration"] = "Sentiers en commun SCIC SAS", "sas", "RCS Rennes 123 456 782"
		} else {
			charter["legal.host_form"], charter["legal.registration"] = "association", "RNA W123456789"
		}
		policy := k.Examples()
		for _, qq := range k.Questionnaire.Linked() {
			delete(policy, qq.Key)
		}
		delete(policy, "legal.seat")
		delete(policy, "legal.registration")
		if tc.own != "" {
			policy["legal.registration"] = tc.own
		}
		policy.SetCharter("charter.yaml")
		write(t, c, charter, filepath.Join(dir, "charter.yaml"))
		path := filepath.Join(dir, "policy.yaml")
		f, issues := answers.ParseFile(path, write(t, k, policy, path), Registry)
		if f == nil {
			t.Fatalf("%s: %s", tc.name, words(issues))
		}
		for _, i := range append(issues, f.Check(time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC))...) {
			if !i.Charter && (i.Key == "legal.registration" || i.Key == "legal.seat") && (tc.own == "" || i.Msg == nil || i.Msg.ID != "link.answered") {
				t.Errorf("%s: %s", tc.name, words([]answers.Issue{i}))
			}
		}
		for _, l := range textfmt.All {
			doc, err := k.Assemble(f.Values, l, Final)
			if err != nil {
				t.Fatalf("%s %s: %v", tc.name, l, err)
			}
			var all strings.Builder
			for _, cl := range doc.Clauses {
				all.WriteString(strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(cl.Body))
			}
			if !strings.Contains(all.String(), tc.want) || !strings.Contains(all.String(), "12 rue des Ateliers") {
				t.Errorf("%s %s: the policy does not identify the legal person by %s and its seat", tc.name, l, tc.want)
			}
		}
	}
}

// SG-16: the devolution requires a beneficiary whose aims are compatible
// with the commons: a non-profit legal person for every vehicle, a body of
// general interest or another cooperative for a SCIC (law of 10 September
// 1947, art. 19), nothing to the members of an association (law of 1 July
// 1901, art. 9; decree of 16 August 1901, art. 15). A public body named
// in advance is held to its powers, not to a statutory purpose it does
// not have.
func TestCharter2DevolutionBeneficiary(t *testing.T) {
	type want struct{ nonProfit, scic, assoc, powers, purpose string }
	words := map[textfmt.Lang]want{
		textfmt.EN: {"non-profit legal persons", "bodies of general interest within the meaning of Article 19 of the law of 10 September 1947", "Article 15 of the decree of 16 August 1901", "provided that its powers", "its statutory purpose and its nature"},
		textfmt.FR: {"personnes morales à but non lucratif", "œuvres d'intérêt général au sens de l'article 19 de la loi du 10 septembre 1947", "l'article 15 du décret du 16 août 1901", "pour autant que ses compétences", "son objet statutaire et sa nature"},
	}
	for _, vehicle := range []string{"none", "de-facto-association", "association", "scic", "fiscal-host"} {
		for _, devolution := range []string{"commons", "public-body"} {
			vals := charter2Vals(t, vehicle, "individuals", "non-profits")
			vals["exit.devolution"], vals["exit.beneficiary"] = devolution, "Bénéficiaire désigné"
			if vehicle == "scic" {
				vals["legal.company_form"] = "sas"
			}
			for _, l := range textfmt.All {
				w := words[l]
				what := vehicle + " " + devolution + " " + string(l)
				dev := charter2Body(t, vals, l, "exit-devolution-"+devolution)
				dis := charter2Body(t, vals, l, "exit-dissolution")
				if devolution == "commons" && !strings.Contains(dev, w.nonProfit) {
					t.Errorf("%s: no non-profit beneficiary: %q", what, dev)
				}
				if devolution == "commons" && vehicle == "scic" && !strings.Contains(dev+dis, w.scic) {
					t.Errorf("%s: no body of general interest under the law of 1947", what)
				}
				if got := strings.Contains(dis, w.assoc); got != (vehicle == "association") {
					t.Errorf("%s: decree of 1901 art. 15 cited=%v", what, got)
				}
				public := devolution == "public-body"
				if got := strings.Contains(dev, w.powers); got != public {
					t.Errorf("%s: the beneficiary held to its powers=%v: %q", what, got, dev)
				}
				if got := strings.Contains(dev, w.purpose); got == public {
					t.Errorf("%s: the beneficiary held to a statutory purpose=%v", what, got)
				}
			}
		}
	}
}
