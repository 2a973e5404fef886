package templates

import (
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// fx5qNorm makes apostrophes and spaces plain, to compare with the
// phrases below.
func fx5qNorm(s string) string {
	return strings.ReplaceAll(plainSpaces(s), "’", "'")
}

var fx5qRestricted = questionnaire.Translated{textfmt.EN: "The nesting sites of rare birds.", textfmt.FR: "Les sites de nidification d'oiseaux rares."}

// RQ2-3, RQ2-4: restricted data go to the people the Technical Committee
// designates to check them, never to the security inbox as such; they are
// kept encrypted, with access limited to those people, for the period the
// retention article sets; a dedicated address and key are printed when
// given, in the charter and in the policy, linked or not.
func TestFx5qRestrictedDataCustodians(t *testing.T) {
	custodians := [2]string{"The Technical Committee shall designate from among the Maintainers the persons who check such data", "Le Comité technique désigne parmi les Mainteneurs les personnes chargées de vérifier ces données"}
	encrypted := [2]string{"They shall be kept outside the public repositories, encrypted, in a space to which only those persons have access", "Elles sont conservées hors des dépôts publics, chiffrées, dans un espace dont l'accès est réservé à ces personnes"}
	retention := [2]string{"Data whose publication is restricted (Article", "Les données dont la publication est restreinte (article"}
	dedicated := [2]string{"to <sensibles@example.org>, which only those persons read, encrypted with the OpenPGP key published at", "à l'adresse <sensibles@example.org>, que lisent seules ces personnes, chiffrées avec la clé OpenPGP publiée à l'adresse"}
	fallback := [2]string{"and those who read that address shall pass them on to those persons alone", "ceux qui lisent cette adresse ne les transmettant qu'à ces personnes"}
	for _, resources := range [][]string{{"data", "content"}, {"software", "content"}} {
		for _, vehicle := range []string{"de-facto-association", "association", "public-body", "fiscal-host"} {
			for _, on := range []bool{false, true} {
				for _, own := range []bool{false, true} {
					for li, l := range textfmt.All {
						set := map[string]any{"commons.resources": resources, "licences.data": "ODbL-1.0", "legal.vehicle": vehicle, "commons.restricted_data": nil, "commons.restricted_contact": nil, "commons.restricted_key": nil}
						if on {
							set["commons.restricted_data"] = fx5qRestricted
						}
						if own {
							set["commons.restricted_contact"], set["commons.restricted_key"] = "sensibles@example.org", "https://example.org/sensibles.asc"
						}
						doc := charterDoc(t, set, l)
						data := fx5qNorm(clausePlain(doc, "licences-data"))
						ret := fx5qNorm(clausePlain(doc, "personal-data-retention"))
						want := on && resources[0] == "data"
						what := strings.Join(resources, "+") + " " + vehicle + " " + string(l)
						if strings.Contains(data, custodians[li]) != want || strings.Contains(data, encrypted[li]) != want || strings.Contains(ret, retention[li]) != want {
							t.Errorf("%s restricted=%v: custodian rule printed=%v", what, on, !want)
						}
						if strings.Contains(data, dedicated[li]) != (want && own) || strings.Contains(data, fallback[li]) != (want && !own) {
							t.Errorf("%s restricted=%v own=%v: channel\n%s", what, on, own, data)
						}
					}
				}
			}
		}
	}
	dedicatedP := [2]string{"Send them confidentially to <sensibles@example.org>, with their source, encrypted with the OpenPGP key published at <https://example.org/sensibles.asc>: that address is read only by the Maintainers who check such data", "Adressez-les de façon confidentielle à <sensibles@example.org>, avec leur source, en les chiffrant avec la clé OpenPGP publiée à l'adresse <https://example.org/sensibles.asc> : cette adresse n'est lue que par les Mainteneurs chargés de vérifier ces données"}
	fallbackP := [2]string{"those who read that address pass them on only to the Maintainers who check such data", "ceux qui lisent cette adresse ne les transmettent qu'aux Mainteneurs chargés de vérifier ces données"}
	keptP := [2]string{"They are kept outside the public repositories, encrypted, with access limited to those Maintainers", "Elles sont conservées hors des dépôts publics, chiffrées, ces seuls Mainteneurs y ayant accès"}
	for _, linked := range []bool{false, true} {
		for _, own := range []bool{false, true} {
			for li, l := range textfmt.All {
				charterSet := map[string]any{"commons.resources": []string{"data", "content"}, "licences.data": "ODbL-1.0", "commons.restricted_data": fx5qRestricted, "commons.restricted_contact": nil, "commons.restricted_key": nil}
				set := map[string]any{"contributions.types": []string{"data", "documentation"}, "project.restricted_data": fx5qRestricted, "project.restricted_contact": nil, "project.restricted_key": nil}
				if own {
					charterSet["commons.restricted_contact"], charterSet["commons.restricted_key"] = "sensibles@example.org", "https://example.org/sensibles.asc"
					set["project.restricted_contact"], set["project.restricted_key"] = "sensibles@example.org", "https://example.org/sensibles.asc"
				}
				data := fx5qNorm(fxrdPolicy(t, linked, charterSet, set, l, "contributions-data"))
				if strings.Contains(data, dedicatedP[li]) != own || strings.Contains(data, fallbackP[li]) != !own || !strings.Contains(data, keptP[li]) {
					t.Errorf("linked=%v own=%v %s:\n%s", linked, own, l, data)
				}
			}
		}
	}
}

// RQ2-6: the founding Members designate the first Maintainers of each
// Resource, who form the Technical Committee, and a Resource or a
// Committee left without Maintainers is filled by any Member's proposal
// and the Assembly's decision, whatever the vehicle.
func TestFx5qFirstMaintainers(t *testing.T) {
	first := [2]string{"the first Maintainers of each Resource from among the persons who agree to serve, without any condition as to the number of Contributions (Article 5.3), and those Maintainers form the Technical Committee", "les premiers Mainteneurs de chaque Ressource parmi les personnes qui y consentent, sans condition de nombre de Contributions (article 5.3), lesquels forment le Comité technique"}
	stale := [2]string{"the Maintainers of the Resources at the date of adoption form", "les Mainteneurs des Ressources à la date de l'adoption forment"}
	empty := [2]string{"where the Technical Committee has no Maintainer, the Assembly shall decide in its place under the same rule", "lorsque le Comité technique ne compte aucun Mainteneur, l'Assemblée statue à sa place selon la même règle"}
	for _, vehicle := range []string{"none", "de-facto-association", "association", "scic", "public-body", "fiscal-host"} {
		for _, steering := range []bool{false, true} {
			for li, l := range textfmt.All {
				doc := charterDoc(t, map[string]any{"legal.vehicle": vehicle, "governance.steering": steering}, l)
				all := fx5qNorm(fxrhAll(doc))
				if !strings.Contains(all, first[li]) || strings.Contains(all, stale[li]) || !strings.Contains(fx5qNorm(clausePlain(doc, "roles-maintainer")), empty[li]) {
					t.Errorf("%s steering=%v %s: first Maintainers", vehicle, steering, l)
				}
			}
		}
	}
}

// RQ-22: a commons without software gives the repositories' own scripts
// and tools a licence (MIT by default), in the charter and in the policy,
// linked or not; with software, the software licence covers them and the
// clause is absent.
func TestFx5qToolingLicence(t *testing.T) {
	ch := [2]string{"The scripts, checking and conversion tools and configuration files that the repositories of the Commons hold to maintain the Resources, without being Resources themselves, shall be made available under the following licence: **MIT License**", "Les scripts, les outils de vérification et de conversion et les fichiers de configuration que les dépôts du Commun contiennent pour tenir les Ressources, sans être eux-mêmes des Ressources, sont mis à disposition sous la licence suivante : **Licence MIT**"}
	for _, resources := range [][]string{{"data", "content"}, {"content"}, {"software", "content"}} {
		for _, vehicle := range []string{"de-facto-association", "association", "public-body"} {
			for li, l := range textfmt.All {
				body := fx5qNorm(clausePlain(charterDoc(t, map[string]any{"commons.resources": resources, "legal.vehicle": vehicle}, l), "licences-principle"))
				if strings.Contains(body, fx5qNorm(ch[li])) != (resources[0] != "software") {
					t.Errorf("%v %s %s: tooling licence\n%s", resources, vehicle, l, body)
				}
			}
		}
	}
	pol := [2]string{"- **The repositories' own scripts and tools**, such as validation and conversion scripts and the configuration of automated checks: MIT License, SPDX identifier `MIT`", "- **Scripts et outils propres aux dépôts**, tels que les scripts de validation et de conversion et la configuration des vérifications automatiques : Licence MIT, identifiant SPDX `MIT`"}
	other := [2]string{"Any other code, such as a program or a library published for its own sake, is not accepted", "Tout autre code, tel qu'un programme ou une bibliothèque publié pour lui-même, n'est pas accepté"}
	for _, linked := range []bool{false, true} {
		for _, sw := range []bool{false, true} {
			for li, l := range textfmt.All {
				charterSet := map[string]any{"commons.resources": []string{"data", "content"}}
				set := map[string]any{"contributions.types": []string{"data", "documentation"}}
				if sw {
					charterSet["commons.resources"] = []string{"software", "data"}
					set["contributions.types"] = []string{"code", "data"}
				}
				if !linked {
					set["project.software"] = sw
				}
				body := fx5qNorm(fxrdPolicy(t, linked, charterSet, set, l, "outbound"))
				if strings.Contains(body, pol[li]) != !sw || strings.Contains(body, other[li]) != !sw {
					t.Errorf("linked=%v software=%v %s:\n%s", linked, sw, l, body)
				}
			}
		}
	}
}

// RQ2-2, RQ3-6: without a steering committee, the per-operation limit of the
// delegation reads for in-budget spending as well as for funding, for
// every vehicle; with no delegated amount, no limit is printed.
func TestFx5qDelegationCapsSpending(t *testing.T) {
	both := [2]string{"each within a limit of EUR 500 per operation", "chacun dans la limite de 500 euros par opération"}
	for _, vehicle := range []string{"none", "de-facto-association", "association", "scic", "public-body", "fiscal-host"} {
		for _, limit := range []int{0, 500} {
			for li, l := range textfmt.All {
				body := fx5qNorm(clausePlain(charterDoc(t, map[string]any{"legal.vehicle": vehicle, "governance.steering": false, "governance.delegation_limit": limit}, l), "bodies-no-steering"))
				if vehicle == "public-body" {
					// A public body spends within its voted appropriations
					// and the powers of its organs: no delegation.
					continue
				}
				if strings.Contains(body, fx5qNorm(textfmt.Typeset(l, both[li]))) != (limit > 0) {
					t.Errorf("%s limit=%d %s:\n%s", vehicle, limit, l, body)
				}
			}
		}
	}
}

// RQ2-10: with observation records, the observers named in a dataset
// taken from an open source keep the credit its licence requires, the
// rest being stripped, in the policy (linked or not) and in the charter;
// the source of those names is given in the policy's article on personal
// data. Without observation records, nothing of it is printed.
func TestFx5qImportedObserverNames(t *testing.T) {
	pol := [2]string{"keep the names and credits that the licence requires, remove the other personal data that the source does not require, and give the source", "conservez les noms et mentions que la licence exige, retirez les autres données personnelles que la source n'exige pas, et indiquez la source"}
	src := [2]string{"the names of the observers that a dataset taken from another source gives come from that source", "les noms des observateurs que mentionne un jeu de données repris d'une autre source proviennent de cette source"}
	ch := [2]string{"an observer named in a dataset taken from another source is named only where that source published the name lawfully, under a licence that requires that credit", "l'observateur que nomme un jeu de données repris d'une autre source n'est nommé que si cette source l'a publié licitement, sous une licence qui exige cette mention"}
	for _, on := range []bool{false, true} {
		for _, linked := range []bool{false, true} {
			for li, l := range textfmt.All {
				charterSet := map[string]any{"commons.resources": []string{"data", "content"}, "licences.data": "ODbL-1.0", "commons.observation_data": on}
				set := map[string]any{"contributions.types": []string{"data", "documentation"}}
				if !linked {
					set["project.observation_data"] = on
				}
				data := fx5qNorm(fxrdPolicy(t, linked, charterSet, set, l, "contributions-data"))
				pd := fx5qNorm(fxrdPolicy(t, linked, charterSet, set, l, "personal-data-controller"))
				if strings.Contains(data, pol[li]) != on || strings.Contains(pd, src[li]) != on {
					t.Errorf("observation=%v linked=%v %s: imported names %v %v", on, linked, l, strings.Contains(data, pol[li]), strings.Contains(pd, src[li]))
				}
			}
		}
		for li, l := range textfmt.All {
			all := fx5qNorm(fxrhAll(charterDoc(t, map[string]any{"commons.resources": []string{"data", "content"}, "commons.observation_data": on}, l)))
			if strings.Contains(all, ch[li]) != on {
				t.Errorf("charter observation=%v %s: imported names", on, l)
			}
		}
	}
}

// RQ-25, RQ2-11: without a legal person, a linked policy names the
// charter's defined Members, never "members of the commons", and the
// joint controllership of the forge statistics has a subject.
func TestFx5qPolicyNamesTheMembers(t *testing.T) {
	stale := [2]string{"members of the commons", "membres du commun"}
	stats := [2]string{"the Members are joint controllers with the operator", "les Membres sont responsables conjoints du traitement avec l'exploitant"}
	orphan := [2]string{"they are joint controllers", "ils sont responsables conjoints"}
	for _, vehicle := range []string{"none", "de-facto-association"} {
		for li, l := range textfmt.All {
			vals := fxgovLinked(map[string]any{"legal.vehicle": vehicle, "commons.personal_data": true, "commons.observation_data": true}, map[string]any{"legal.vehicle": vehicle, "legal.entity_name": ""})
			text := fx5qNorm(policyText(t, vals, map[string]any{"contributions.types": []string{"data", "documentation"}, "project.repository_url": "https://gitlab.com/x/y"}, l))
			if strings.Contains(text, stale[li]) || strings.Contains(text, orphan[li]) {
				t.Errorf("%s %s: undefined members or orphan pronoun", vehicle, l)
			}
			if strings.Contains(text, "statistics") || strings.Contains(text, "statistiques") {
				if !strings.Contains(text, stats[li]) {
					t.Errorf("%s %s: statistics controllers", vehicle, l)
				}
			}
		}
	}
}

// RQ2-12: the DCO sign-off example uses a neutral placeholder, never a
// name that the answers may give to a real person.
func TestFx5qNeutralSignOff(t *testing.T) {
	want := [2]string{"Signed-off-by: Your Name <you@example.org>", "Signed-off-by: Prénom Nom <vous@example.org>"}
	for li, l := range textfmt.All {
		body := policyClause(t, map[string]any{"inbound": "dco"}, l, "inbound-dco")
		if !strings.Contains(body, want[li]) || strings.Contains(body, "Camille Martin") {
			t.Errorf("%s: sign-off example", l)
		}
	}
}

// RQ2-1, RQ2-9: without a legal person, the stricter rule on minors is
// justified against Article 2 bis of the law of 1901 for an undeclared
// association under French law only; with no cap on the Members' share,
// only the Member who acts for the Commons may bear costs.
func TestFx5qMinorsAndCostsWithoutALegalPerson(t *testing.T) {
	law := [2]string{"stricter than the free membership of minors provided for in Article 2 bis of the law of 1 July 1901", "plus stricte que la libre adhésion des mineurs que prévoit l'article 2 bis de la loi du 1er juillet 1901"}
	acting := [2]string{"and, where acting for the Commons, may have to bear costs", "et, s'il agit pour le Commun, peut avoir à supporter des frais"}
	for _, vehicle := range []string{"none", "de-facto-association"} {
		for _, gl := range []string{"FR", "BE"} {
			for _, cap := range []int{0, 100} {
				for li, l := range textfmt.All {
					body := fx5qNorm(fx4qCharter(t, map[string]any{"legal.vehicle": vehicle, "governing_law": gl, "economy.member_share_cap": cap, "membership.classes": []string{}}, l, "membership-classes"))
					if strings.Contains(body, law[li]) != (vehicle == "de-facto-association" && gl == "FR") || strings.Contains(body, acting[li]) != (cap == 0) {
						t.Errorf("%s %s cap=%d %s:\n%s", vehicle, gl, cap, l, body)
					}
				}
			}
		}
	}
}

// RQ2-5: the charter's rule on test data names dwellings, delivery points
// and meters only where the commons publishes device measurements.
func TestFx5qTestDataExamplesFollowTheCommons(t *testing.T) {
	meter := [2]string{"a real identifier of a dwelling, of a delivery point", "un identifiant réel de logement, de point de livraison"}
	plain := [2]string{"such as their name, their contact details or the place where they were;", "telles que son nom, ses coordonnées ou le lieu où elle se trouvait ;"}
	for _, devices := range []bool{false, true} {
		for li, l := range textfmt.All {
			all := fx5qNorm(fxrhAll(charterDoc(t, map[string]any{"commons.personal_data": true, "commons.device_data": devices}, l)))
			if strings.Contains(all, meter[li]) != devices || strings.Contains(all, plain[li]) == devices {
				t.Errorf("devices=%v %s: test data examples", devices, l)
			}
		}
	}
}

// RQ-14: where data are a resource, each record carries a validation
// status, checked by the Maintainers under the Technical Committee's
// quality rules, and the data come without warranty of accuracy; not
// where the commons publishes no data.
func TestFx5qDataValidationAndAccuracy(t *testing.T) {
	status := [2]string{"Each record in the data of the Commons shall carry a validation status", "Chaque enregistrement des données du Commun porte un statut de validation"}
	accuracy := [2]string{"without any warranty of accuracy or completeness, on the terms of their licence", "sans garantie d'exactitude ni d'exhaustivité, dans les conditions de leur licence"}
	for _, resources := range [][]string{{"data", "content"}, {"software", "content"}} {
		for _, vehicle := range []string{"de-facto-association", "association", "public-body"} {
			for li, l := range textfmt.All {
				body := fx5qNorm(clausePlain(charterDoc(t, map[string]any{"commons.resources": resources, "legal.vehicle": vehicle}, l), "licences-data"))
				want := resources[0] == "data"
				if strings.Contains(body, status[li]) != want || strings.Contains(body, accuracy[li]) != want {
					t.Errorf("%v %s %s: validation", resources, vehicle, l)
				}
			}
		}
	}
}

// RQ-8: without a legal person, the first meeting of the Assembly has the
// declaration of the association (or the choice of a structure) on its
// agenda; not with a legal entity.
func TestFx5qFirstAssemblyDecidesOnDeclaration(t *testing.T) {
	declare := [2]string{"it also decides whether to declare the association formed by the Members and to adopt its statutes", "elle se prononce en outre sur la déclaration de l'association formée par les Membres et l'adoption de ses statuts"}
	structure := [2]string{"it also decides whether to create a legal structure to run the Commons or to join one", "elle se prononce en outre sur la création d'une structure juridique pour porter le Commun ou l'adhésion à une structure existante"}
	for _, vehicle := range []string{"none", "de-facto-association", "association", "fiscal-host", "public-body"} {
		for li, l := range textfmt.All {
			all := fx5qNorm(fxrhAll(charterDoc(t, map[string]any{"legal.vehicle": vehicle}, l)))
			if strings.Contains(all, declare[li]) != (vehicle == "de-facto-association") || strings.Contains(all, structure[li]) != (vehicle == "none") {
				t.Errorf("%s %s: first Assembly agenda", vehicle, l)
			}
		}
	}
}

// RQ2-7: the grid for observations made near a home rests on a statement
// the contributor makes for each observation, an observation in an
// inhabited area being treated as such failing it, in the charter and in
// the policy, only with observation records.
func TestFx5qHomeStatementForObservations(t *testing.T) {
	ch := [2]string{"which the person who submits it states for each observation, or, failing that statement, where it lies in an inhabited area", "ce que la personne qui la soumet indique pour chaque observation, ou qu'à défaut de cette indication elle est située dans une zone habitée"}
	pol := [2]string{"state whether it was made at or in the immediate vicinity of a home: failing that statement, an observation that lies in an inhabited area is treated as such", "indiquez si elle a été faite à un domicile ou à proximité immédiate : à défaut de cette indication, une observation située dans une zone habitée est traitée comme telle"}
	for _, on := range []bool{false, true} {
		for li, l := range textfmt.All {
			all := fx5qNorm(fxrhAll(charterDoc(t, map[string]any{"commons.resources": []string{"data", "content"}, "commons.observation_data": on}, l)))
			data := fx5qNorm(fxrdPolicy(t, true, map[string]any{"commons.resources": []string{"data", "content"}, "commons.observation_data": on}, map[string]any{"contributions.types": []string{"data"}}, l, "contributions-data"))
			if strings.Contains(all, ch[li]) != on || strings.Contains(data, pol[li]) != on {
				t.Errorf("observation=%v %s: home statement", on, l)
			}
		}
	}
}
