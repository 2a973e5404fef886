package templates

import (
	"testing"

	"apitos/internal/textfmt"
)

// RO2-10: the Maintainers submit their own changes through an approved
// change request; without the duties of a CRA manufacturer, only purely
// formal corrections may be pushed directly and are reviewed before the
// next release; a CRA manufacturer allows no exception, and article 6.1
// then no longer speaks of direct pushes.
func TestFx5oMaintainersReviewed(t *testing.T) {
	same := [2]string{"The Maintainers shall submit their own changes in the same way", "Les Mainteneurs soumettent leurs propres modifications de la même façon"}
	none := [2]string{"without any exception, even for an urgent security fix: no change enters the main branch or a published release without a pull request so approved", "sans aucune exception, même pour un correctif de sécurité urgent : aucune modification n'est intégrée dans la branche principale ni dans une version publiée sans demande de fusion ainsi approuvée"}
	formal := [2]string{"the only exception being purely formal corrections that do not touch the code, such as fixing a typo or a broken link, which a Maintainer may push directly to the main branch, without a pull request, and which another Maintainer shall review before the next release is published", "à la seule exception des corrections de pure forme qui ne touchent pas au code, telles que la correction d'une coquille ou d'un lien brisé, qu'un Mainteneur peut intégrer directement dans la branche principale, sans demande de fusion, et qu'un autre Mainteneur examine avant la publication de la version suivante"}
	push := [2]string{"a Maintainer who pushes their own corrections directly to the main branch, without a pull request, in the only cases that Article 5.4 allows", "un Mainteneur qui intègre directement ses propres corrections dans la branche principale, sans demande de fusion, dans les seuls cas que permet l'article 5.4"}
	like := [2]string{"a Maintainer accepts it like any contributor, in the pull request through which they submit their own changes", "un Mainteneur l'accepte comme tout contributeur, dans la demande de fusion par laquelle il soumet ses propres modifications"}
	old := [2]string{"pushes their own changes directly to the repository", "intègre directement ses propres modifications dans le dépôt"}
	for _, maker := range []bool{true, false} {
		for _, entity := range []string{"CompteurCommun SCIC", ""} {
			cra := maker && entity != ""
			for li, l := range textfmt.All {
				set := map[string]any{"security.cra_manufacturer": maker, "legal.entity_name": entity, "project.repository_url": "https://github.com/example/project", "inbound": "inbound-outbound"}
				review := assembleClause(t, set, l, "process-review")
				if !fx4oHas(review, l, same[li]) {
					t.Errorf("maker %v entity %q %s: no rule for Maintainers: %q", maker, entity, l, review)
				}
				if got := fx4oHas(review, l, none[li]); got != cra {
					t.Errorf("maker %v entity %q %s: no exception=%v", maker, entity, l, got)
				}
				if got := fx4oHas(review, l, formal[li]); got != !cra {
					t.Errorf("maker %v entity %q %s: formal exception=%v", maker, entity, l, got)
				}
				inbound := assembleClause(t, set, l, "inbound-outbound")
				if got := fx4oHas(inbound, l, push[li]); got != !cra {
					t.Errorf("maker %v entity %q %s: direct push accepted=%v", maker, entity, l, got)
				}
				if got := fx4oHas(inbound, l, like[li]); got != cra {
					t.Errorf("maker %v entity %q %s: accepted in the request=%v", maker, entity, l, got)
				}
				if fx4oHas(inbound, l, old[li]) {
					t.Errorf("maker %v entity %q %s: old direct push sentence", maker, entity, l)
				}
			}
		}
	}
}
