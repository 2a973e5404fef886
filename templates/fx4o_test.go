package templates

import (
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

// fx4oHas reports whether body holds phrase, typeset or in plain spaces.
func fx4oHas(body string, l textfmt.Lang, phrase string) bool {
	return strings.Contains(plainSpaces(body), plainSpaces(textfmt.Typeset(l, phrase))) || strings.Contains(body, phrase)
}

// RO-19, RO-22, RO-23: the undertaking of a contributor to a
// specification is given to the Legal Entity, the Members or the
// Maintainers and stipulated for implementers (Civil Code, art. 1205,
// cited under French law only); it may be suspended against an
// aggressor, as the Charter's; control covers associations and
// foundations under French law as in the Charter.
func TestFx4oSpecificationBeneficiaries(t *testing.T) {
	given := map[string][2]string{
		"entity":      {"You give this undertaking to the Legal Entity, and it is stipulated for the benefit of every person who implements a specification published with your Contribution, who may rely on it directly without being a party to this policy", "Vous prenez cet engagement envers la Structure porteuse, et il est stipulé au profit de toute personne qui met en œuvre une spécification publiée avec votre Contribution, qui peut s'en prévaloir directement sans être partie à la présente politique"},
		"maintainers": {"You give this undertaking to the Maintainers of the Project, and it is stipulated", "Vous prenez cet engagement envers les Mainteneurs du Projet, et il est stipulé"},
	}
	article := [2]string{"(French Civil Code, Article 1205)", "(Code civil, article 1205)"}
	suspend := [2]string{"You may, however, by written notice, suspend this undertaking towards a person who asserts, or whose controlled entity asserts, an essential claim of a patent against an implementation of the same specification", "Toutefois, vous pouvez, par notification écrite, suspendre cet engagement à l'égard de toute personne qui oppose, elle-même ou par une entité qu'elle contrôle, une revendication essentielle d'un brevet à une mise en œuvre de la même spécification"}
	control := [2]string{"or, as regards an association, a foundation or another non-profit body, through the power to appoint the majority of the members of its governing bodies", "ou, à l'égard d'une association, d'une fondation ou d'un autre organisme sans but lucratif, par le pouvoir de désigner la majorité des membres de ses organes de direction"}
	for _, in := range []string{"inbound-outbound", "dco", "cla", "fla", "assignment"} {
		for _, law := range []string{"FR", "BE"} {
			for _, who := range []string{"entity", "maintainers"} {
				for li, l := range textfmt.All {
					set := map[string]any{"inbound": in, "governing_law": law, "project.specifications": true}
					if who == "maintainers" {
						set["legal.entity_name"] = ""
					}
					body := assembleClause(t, set, l, "inbound-specifications")
					for _, p := range []string{given[who][li], suspend[li]} {
						if !fx4oHas(body, l, p) {
							t.Errorf("%s %s %s %s: lacks %q", in, law, who, l, p)
						}
					}
					if got := fx4oHas(body, l, article[li]); got != (law == "FR") {
						t.Errorf("%s %s %s %s: article 1205 cited=%v", in, law, who, l, got)
					}
					if got := fx4oHas(body, l, control[li]); got != (law == "FR") {
						t.Errorf("%s %s %s %s: charter's control=%v", in, law, who, l, got)
					}
				}
			}
		}
	}
	for li, l := range textfmt.All {
		body := assembleLinked(t, map[string]any{"project.specifications": true, "legal.entity_name": ""}, l, "inbound-specifications")
		if !fx4oHas(body, l, [2]string{"You give this undertaking to the Members of the Commons", "Vous prenez cet engagement envers les Membres du Commun"}[li]) {
			t.Errorf("%s: linked policy without entity: promisee not the Members: %q", l, body)
		}
	}
}

// RO-21: under a pseudonym, a Contribution that carries a patent
// undertaking or another person's authorisation is submitted under the
// contributor's civil identity, kept unpublished; a signed agreement,
// which bears that identity, and a policy that allows no pseudonym say
// nothing of it.
func TestFx4oCivilIdentityUnderPseudonym(t *testing.T) {
	civil := [2]string{"is submitted under your civil identity", "est soumise sous votre identité civile"}
	spec := [2]string{"However, a Contribution to a specification", "Toutefois, une Contribution à une spécification"}
	owner := [2]string{"that you make on behalf of your employer", "que vous faites pour le compte de votre employeur"}
	for _, in := range []string{"inbound-outbound", "dco", "cla"} {
		for _, identity := range []string{"pseudonym", "real-name"} {
			for _, specs := range []bool{true, false} {
				for _, allowed := range [][]string{{}, {"individuals"}} {
					for li, l := range textfmt.All {
						set := map[string]any{"inbound": in, "contributors.identity": identity, "project.specifications": specs, "contributors.allowed": allowed}
						body := assembleClause(t, set, l, "personal-data-identity")
						owners := len(allowed) == 0
						want := identity == "pseudonym" && in != "cla" && (specs || owners)
						if got := fx4oHas(body, l, civil[li]); got != want {
							t.Errorf("%s %s specs=%v %v %s: civil identity=%v", in, identity, specs, allowed, l, got)
						}
						if !want {
							continue
						}
						if got := fx4oHas(body, l, spec[li]); got != specs {
							t.Errorf("%s specs=%v %v %s: specifications named=%v", in, specs, allowed, l, got)
						}
						if got := fx4oHas(body, l, owner[li]); got != owners {
							t.Errorf("%s specs=%v %v %s: employer named=%v", in, specs, allowed, l, got)
						}
					}
				}
			}
		}
	}
}
