package templates

import (
	"slices"
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// fxc2Body assembles the charter for vals in language l and returns the
// body of clause id, or "" when the clause is absent.
func fxc2Body(t *testing.T, k *Kind, vals questionnaire.Values, l textfmt.Lang, id string) string {
	t.Helper()
	doc, err := k.Assemble(vals, l, Final)
	if err != nil {
		t.Fatal(err)
	}
	c, ok := doc.Clause(id)
	if !ok {
		return ""
	}
	return c.Body
}

// TestFxc2PersonsRecorded (fxc2-1, fxc2-2, fxc2-3): the authorisation of
// performers and of the producer of the first fixation covers every use
// that the licence allows anyone, for the duration of the rights; a
// minor's consents are given by the holders of parental authority; the
// persons are told that a withdrawal cannot reach copies already made.
// French citations appear only under French law, the Legal Entity only
// with one.
func TestFxc2PersonsRecorded(t *testing.T) {
	k, _ := Lookup("charter")
	for _, vehicle := range []string{"scic", "none", "de-facto-association", "public-body", "fiscal-host"} {
		for _, law := range []string{"FR", "BE"} {
			vals := exampleValues(t, k)
			vals["commons.people_recorded"] = true
			vals["legal.vehicle"] = vehicle
			vals["governing_law"] = law
			entity := vehicle != "none" && vehicle != "de-facto-association"
			for _, l := range textfmt.All {
				body := fxc2Body(t, k, vals, l, "personal-data-recorded")
				if body == "" {
					t.Fatalf("%s %s %s: no article on persons recorded", vehicle, law, l)
				}
				must := []string{
					"including its publication under the licence of the Resource concerned and every use that this licence allows anyone to make of it, for the duration of the performer's rights",
					"whoever took the initiative and responsibility for the first fixation of the sounds or images, as their producer, has authorised the same uses in writing",
					"For a minor, these consents and authorisations are given by the holders of parental authority, who associate the minor with them according to the minor's age and maturity",
					"a later withdrawal stops the publication by the Commons but cannot reach copies already made by others",
					"among them the rights of performers and producers within the authorisations given under point 2",
				}
				frLaw := []string{"Articles L. 213-1 and L. 215-1", "Article 372-1 of the French Civil Code"}
				ent := ", unless the Legal Entity is that producer"
				never := []string{"and the duration of publication;"}
				if l == textfmt.FR {
					must = []string{
						"y compris sa publication sous la licence de la Ressource concernée et toute utilisation que cette licence permet à quiconque d'en faire, pour la durée de ses droits",
						"la personne qui a pris l'initiative et la responsabilité de la première fixation des sons ou des images, en qualité de producteur, a autorisé par écrit les mêmes utilisations",
						"Pour un mineur, ces consentements et autorisations sont donnés par les titulaires de l'autorité parentale, qui y associent le mineur selon son âge et son degré de maturité",
						"un retrait ultérieur met fin à la publication par le Commun mais ne peut atteindre les copies déjà faites par d'autres",
						"parmi lesquels ceux des artistes-interprètes et des producteurs dans les limites des autorisations données au point 2",
					}
					frLaw = []string{"articles L. 213-1 et L. 215-1", "article 372-1 du Code civil"}
					ent = ", sauf si la Structure porteuse est ce producteur"
					never = []string{"et la durée de la publication ;"}
				}
				for _, p := range must {
					if !strings.Contains(body, textfmt.Typeset(l, p)) {
						t.Errorf("%s %s %s: missing %q", vehicle, law, l, p)
					}
				}
				for _, p := range never {
					if strings.Contains(body, textfmt.Typeset(l, p)) {
						t.Errorf("%s %s %s: still prints %q", vehicle, law, l, p)
					}
				}
				for _, p := range frLaw {
					if got := strings.Contains(body, textfmt.Typeset(l, p)); got != (law == "FR") {
						t.Errorf("%s %s %s: %q printed = %v", vehicle, law, l, p, got)
					}
				}
				if got := strings.Contains(body, textfmt.Typeset(l, ent)); got != entity {
					t.Errorf("%s %s %s: %q printed = %v", vehicle, law, l, ent, got)
				}
			}
		}
	}
}

// TestFxc2KnowHow (fxc2-4): with know-how among the Resources, the content
// licence says that it covers the works expressing the know-how, not the
// methods themselves, and that no one contributes another's trade secret
// or confidential information; without know-how, nothing of it is said.
func TestFxc2KnowHow(t *testing.T) {
	k, _ := Lookup("charter")
	for _, knowHow := range []bool{true, false} {
		for _, vehicle := range []string{"scic", "none"} {
			for _, law := range []string{"FR", "BE"} {
				vals := exampleValues(t, k)
				res := []string{"content", "software"}
				if knowHow {
					res = append(res, "know-how")
				}
				vals["commons.resources"], vals["legal.vehicle"], vals["governing_law"] = res, vehicle, law
				for _, l := range textfmt.All {
					body := fxc2Body(t, k, vals, l, "licences-content")
					p := []string{"the methods, processes and practices that they describe are not protected by copyright as such, and this licence neither covers nor restricts their use",
						"never information that is a trade secret of another person", "in particular towards their employer or a client"}
					cite := "French Commercial Code, Articles L. 151-1 et seq."
					if l == textfmt.FR {
						p = []string{"les méthodes, procédés et pratiques qu'ils décrivent ne sont pas protégés en tant que tels par le droit d'auteur, et cette licence n'en couvre ni n'en restreint l'usage",
							"jamais une information qui relève du secret des affaires d'autrui", "notamment envers son employeur ou un client"}
						cite = "Code de commerce, articles L. 151-1 et suivants"
					}
					for _, s := range p {
						if got := strings.Contains(body, textfmt.Typeset(l, s)); got != knowHow {
							t.Errorf("know-how %v, %s %s %s: %q printed = %v", knowHow, vehicle, law, l, s, got)
						}
					}
					if got := strings.Contains(body, textfmt.Typeset(l, cite)); got != (knowHow && law == "FR") {
						t.Errorf("know-how %v, %s %s %s: %q printed = %v", knowHow, vehicle, law, l, cite, got)
					}
				}
			}
		}
	}
}

// TestFxc2TransferOutsideDissolution (fxc2-5): the limit on transfers of
// the assets by the Legal Entity (non-profit legal person or public body)
// applies outside dissolution, so that it never contradicts the devolution
// article, which lets a SCIC devolve its net assets to another cooperative
// (law of 10 September 1947, Article 19).
func TestFxc2TransferOutsideDissolution(t *testing.T) {
	outside := [2]string{"and, outside the cases provided in Articles", "et, hors les cas prévus aux articles"}
	old := [2]string{"and shall transfer them only as provided in", "et ne les transfère que dans les conditions prévues"}
	coop := [2]string{"or to another cooperative that pursues such a mission", "ou à une autre coopérative qui poursuit une telle mission"}
	for _, vehicle := range []string{"scic", "association", "fiscal-host", "public-body", "none"} {
		for li, l := range textfmt.All {
			doc := charterDoc(t, map[string]any{"legal.vehicle": vehicle, "governing_law": "FR"}, l)
			holder := clausePlain(doc, "assets-holder-entity")
			privateEntity := vehicle == "scic" || vehicle == "association" || vehicle == "fiscal-host"
			if got := strings.Contains(holder, outside[li]); got != privateEntity {
				t.Errorf("%s %s: transfer limit outside dissolution=%v:\n%s", vehicle, l, got, holder)
			}
			if strings.Contains(holder, old[li]) {
				t.Errorf("%s %s: transfer limit still reads as applying to the devolution:\n%s", vehicle, l, holder)
			}
			if vehicle == "scic" {
				if dv := clausePlain(doc, "exit-devolution-commons"); !strings.Contains(dv, coop[li]) {
					t.Errorf("%s %s: devolution to a cooperative missing:\n%s", vehicle, l, dv)
				}
			}
		}
	}
}

// TestFxc2Firmware (fxc2-6): with hardware designs, the firmware and other
// software of the devices fall under the software licence when the commons
// has software, and otherwise wait for a software licence that the
// Assembly adds; without hardware designs, nothing is said of firmware.
func TestFxc2Firmware(t *testing.T) {
	k, _ := Lookup("charter")
	for _, res := range [][]string{{"hardware"}, {"hardware", "software"}, {"software", "content"}} {
		hw, sw := slices.Contains(res, "hardware"), slices.Contains(res, "software")
		vals := exampleValues(t, k)
		vals["commons.resources"] = res
		for _, l := range textfmt.All {
			body := fxc2Body(t, k, vals, l, "licences-hardware")
			p := [3]string{"The firmware and other software that run on these objects are not hardware designs",
				"they are software of the Commons, licensed as provided in Article\u00a09.",
				"they are published only under a free software licence that the Assembly adds to this Charter as provided in Article\u00a016.1"}
			if l == textfmt.FR {
				p = [3]string{"Le micrologiciel et les autres logiciels qui s'exécutent sur ces objets ne sont pas des conceptions de matériel",
					"ce sont des logiciels du Commun, mis à disposition dans les conditions prévues à l'article 9.",
					"ils ne sont publiés que sous une licence libre de logiciel que l'Assemblée ajoute à la Charte dans les conditions prévues à l'article 16.1"}
			}
			for i, want := range []bool{hw, hw && sw, hw && !sw} {
				if got := strings.Contains(body, textfmt.Typeset(l, p[i])); got != want {
					t.Errorf("%v %s: %q printed = %v", res, l, p[i], got)
				}
			}
		}
	}
}

// TestFxc2DelegationWithinFundsCap (fxc2-9): without a legal entity, the
// amount that the holder of the assets may spend or accept per operation
// is always bounded by the funds held and their cap (Article 8.4), with or
// without a steering committee; with a legal entity, nothing of it is said.
func TestFxc2DelegationWithinFundsCap(t *testing.T) {
	for _, vehicle := range []string{"none", "de-facto-association", "association", "scic"} {
		for _, steering := range []bool{true, false} {
			for li, l := range textfmt.All {
				doc := charterDoc(t, map[string]any{"legal.vehicle": vehicle, "governance.steering": steering, "governance.delegation_limit": 5000, "economy.funds_cap": 2000}, l)
				text := clausePlain(doc, "bodies-steering") + clausePlain(doc, "bodies-no-steering")
				noEntity := vehicle == "none" || vehicle == "de-facto-association"
				p := [2][2]string{{"by the holder of the assets, within the funds held for the Commons, as provided in", "within the cap on the funds held for the Commons set in"},
					{"par le détenteur des biens, dans la limite des fonds détenus pour le Commun et dans les conditions de", "dans la limite du plafond des fonds détenus pour le Commun que fixe"}}[li]
				i := 1
				if steering {
					i = 0
				}
				if got := strings.Contains(text, p[i]); got != noEntity {
					t.Errorf("%s steering=%v %s: %q printed = %v", vehicle, steering, l, p[i], got)
				}
				if strings.Contains(text, p[1-i]) {
					t.Errorf("%s steering=%v %s: %q printed for the other case", vehicle, steering, l, p[1-i])
				}
			}
		}
	}
}
