package templates

import (
	"testing"

	"apitos/internal/render/markdown"
	"apitos/internal/textfmt"
)

// RJ-3: for every public body, the Assembly proposes the dissolution,
// which the public body's competent organ decides; the Steering Committee
// adopts the roadmap and priorities and proposes partnerships, which the
// public body alone concludes, and cannot bind it. Other vehicles keep an
// Assembly that decides on the dissolution and a committee that decides
// on strategy.
func TestFx2jBodiesOfAPublicBodyProposeItDecides(t *testing.T) {
	pb := map[textfmt.Lang][]string{
		textfmt.EN: {
			"6. proposes the dissolution of the Commons, which the Legal Entity decides through its competent organ, under Article",
			"adopts the roadmap and priorities of the Commons, proposes to the Legal Entity the partnerships and commitments that it alone may conclude",
			"it prepares and follows up the decisions of the Assembly between two meetings, without any power to bind the Legal Entity",
			"| Steering Committee, which adopts the roadmap and priorities; Legal Entity, through its competent organ, for any partnership or commitment |",
			"| Proposal to amend this Charter or to dissolve the Commons | Assembly |",
			"The Assembly proposes the dissolution of the Commons by the majority required to amend this Charter",
			"The competent organ of the Legal Entity decides on that proposal; the dissolution ends the running of the Commons by the Legal Entity once that organ has decided it.",
		},
		textfmt.FR: {
			"6. propose la dissolution du Commun, que la Structure porteuse décide par son organe compétent, conformément à l'article",
			"arrête la feuille de route et les priorités du Commun, propose à la Structure porteuse les partenariats et engagements qu'elle seule peut conclure",
			"il prépare et suit les décisions de l'Assemblée entre deux réunions, sans pouvoir engager la Structure porteuse",
			"| Comité de pilotage, qui arrête la feuille de route et les priorités ; Structure porteuse, par son organe compétent, pour tout partenariat ou engagement |",
			"| Proposition de modification de la Charte ou de dissolution du Commun | Assemblée |",
			"L'Assemblée propose la dissolution du Commun à la majorité requise pour modifier la Charte",
			"L'organe compétent de la Structure porteuse statue sur cette proposition ; la dissolution met fin au portage du Commun par la Structure porteuse une fois que cet organe l'a décidée.",
		},
	}
	other := map[textfmt.Lang][]string{
		textfmt.EN: {"decides on the dissolution of the Commons", "decides on strategy, the budget and membership"},
		textfmt.FR: {"décide de la dissolution du Commun", "décide de la stratégie, du budget et des adhésions"},
	}
	for _, form := range fxrfPublicForms {
		set := fxkPublicBody(form)
		set["governance.steering"] = true
		for _, l := range textfmt.All {
			doc := fxkCharter(t, set, l)
			r2Check(t, form+" "+string(l), doc, true, pb[l]...)
			r2Check(t, form+" "+string(l), doc, false, other[l]...)
		}
	}
	for name, set := range fxrfVehicles() {
		set["governance.steering"] = true
		for _, l := range textfmt.All {
			doc := fxkCharter(t, set, l)
			r2Check(t, name+" "+string(l), doc, false, pb[l]...)
			if name != "scic" && name != "association" {
				r2Check(t, name+" "+string(l), doc, true, other[l][0])
			}
			r2Check(t, name+" "+string(l), doc, true, other[l][1])
		}
	}
}

// RJ-2, RJ-17: in a local authority the individual decisions (admissions,
// sanctions, designations) are taken by the executive that carries out the
// deliberations (for a commune the mayor, CGCT L. 2122-21, or the person
// the mayor has delegated, L. 2122-18), not by a delegation of the council
// that L. 2122-22 does not allow; the French, like the English, limits the
// deliberative assembly to the adoption and amendment of the Charter. An
// EPCI keeps the delegation to its president (L. 5211-10); the other
// public forms keep the generic rule.
func TestFx2jLocalAuthorityExecutiveDecides(t *testing.T) {
	local := map[textfmt.Lang][]string{
		textfmt.EN: {"are taken by its executive, which carries out the deliberations of its deliberative assembly", "for a commune, the mayor (French General Local Authorities Code, Article L. 2122-21) or the deputy mayor or municipal councillor to whom the mayor has delegated it (Article L. 2122-18); for a département or a région, the president of its council (Articles L. 3221-1 and L. 4231-1)"},
		textfmt.FR: {"sont prises par son exécutif, chargé d'exécuter les délibérations de son assemblée délibérante", "pour une commune, le maire (Code général des collectivités territoriales, article L. 2122-21) ou l'adjoint ou le conseiller municipal auquel il l'a déléguée (article L. 2122-18) ; pour un département ou une région, le président de son conseil (articles L. 3221-1 et L. 4231-1)", "Pour la Structure porteuse, la délibération qui adopte ou modifie la Charte est celle de son assemblée délibérante."},
	}
	for _, form := range fxrfPublicForms {
		for _, l := range textfmt.All {
			doc := fxkCharter(t, fxkPublicBody(form), l)
			r2Check(t, form+" "+string(l), doc, form == "local-authority", local[l]...)
			r2Check(t, form+" "+string(l), doc, false, "cet organe compétent est son", "L. 2122-22")
		}
	}
	for name, set := range fxrfVehicles() {
		for _, l := range textfmt.All {
			r2Check(t, name+" "+string(l), fxkCharter(t, set, l), false, local[l]...)
		}
	}
}

// RJ-1: a local authority or an EPCI may not conclude an agreement with a
// foreign State (CGCT L. 1115-5): its public-bodies class admits the
// French public persons and foreign local authorities under L. 1115-1,
// and excludes foreign States. Other public forms and other vehicles keep
// the public bodies of any country.
func TestFx2jNoForeignStateInALocalAuthorityCommons(t *testing.T) {
	local := map[textfmt.Lang]string{
		textfmt.EN: "- **Public bodies:** the French State, local authorities and their groupings, public establishments and other legal persons governed by French public law, and foreign local authorities and their groupings within the framework of Article L. 1115-1 of the French General Local Authorities Code; a foreign State may not be a Member, since the Legal Entity may not conclude an agreement with it outside the cases that Article L. 1115-5 of that Code provides.",
		textfmt.FR: "- **Les personnes publiques :** l'État, les collectivités territoriales et leurs groupements, les établissements publics et les autres personnes morales de droit public français, ainsi que, dans le cadre de l'article L. 1115-1 du Code général des collectivités territoriales, les autorités locales étrangères et leurs groupements ; un État étranger ne peut être Membre, la Structure porteuse ne pouvant conclure de convention avec lui hors des cas que prévoit l'article L. 1115-5 du même code.",
	}
	anyCountry := map[textfmt.Lang]string{textfmt.EN: "States and their federated entities", textfmt.FR: "les États et leurs entités fédérées"}
	classes := []string{"individuals", "public-bodies", "companies"}
	for _, form := range fxrfPublicForms {
		set := fxkPublicBody(form)
		set["membership.classes"] = classes
		in := form == "local-authority" || form == "epci"
		for _, l := range textfmt.All {
			doc := fxkCharter(t, set, l)
			r2Check(t, form+" "+string(l), doc, in, local[l])
			r2Check(t, form+" "+string(l), doc, !in, anyCountry[l])
		}
	}
	for name, set := range fxrfVehicles() {
		set["membership.classes"] = classes
		for _, l := range textfmt.All {
			doc := fxkCharter(t, set, l)
			r2Check(t, name+" "+string(l), doc, false, local[l])
			r2Check(t, name+" "+string(l), doc, true, anyCountry[l])
		}
	}
}

// RJ-5: for a French public body, the RGI, RGS and RGAA bind the Resources
// it publishes or operates (ordinance 2005-1516, art. 9 and 11; law
// 2005-102, art. 47; decree 2019-768); the others only aim to comply.
// Another vehicle under French law keeps "aim to comply".
func TestFx2jPublicFrameworksBindThePublicBody(t *testing.T) {
	bind := map[textfmt.Lang][]string{
		textfmt.EN: {"The Resources that the Legal Entity publishes or operates shall comply, to the extent that those texts apply to them, with the frameworks that bind it as a French public body", "(Ordinance no. 2005-1516 of 8 December 2005, Articles 11 and 9)", "(Law no. 2005-102 of 11 February 2005, Article 47, and Decree no. 2019-768 of 24 July 2019)", "the other Resources aim to comply with them."},
		textfmt.FR: {"Les Ressources que la Structure porteuse publie ou exploite respectent, dans la mesure où ces textes leur sont applicables, les référentiels qui s'imposent à elle en tant que personne publique française", "(ordonnance n° 2005-1516 du 8 décembre 2005, articles 11 et 9)", "(loi n° 2005-102 du 11 février 2005, article 47, et décret n° 2019-768 du 24 juillet 2019)", "les autres Ressources visent à les respecter."},
	}
	aim := map[textfmt.Lang]string{textfmt.EN: "The Resources aim to comply with the frameworks that French public bodies must apply", textfmt.FR: "Les Ressources visent à respecter les référentiels que les personnes publiques françaises doivent appliquer"}
	for _, form := range fxrfPublicForms {
		set := fxkPublicBody(form)
		set["standards.public_frameworks"] = true
		for _, l := range textfmt.All {
			doc := fxkCharter(t, set, l)
			r2Check(t, form+" "+string(l), doc, true, bind[l]...)
			r2Check(t, form+" "+string(l), doc, false, aim[l])
		}
	}
	for name, set := range fxrfVehicles() {
		set["standards.public_frameworks"] = true
		for _, l := range textfmt.All {
			doc := fxkCharter(t, set, l)
			r2Check(t, name+" "+string(l), doc, false, bind[l]...)
			r2Check(t, name+" "+string(l), doc, true, aim[l])
		}
	}
}

// RJ-10: a French public body's statutory duties of publication and
// re-use (CRPA L. 312-1-1 et seq., L. 321-4, L. 324-1) are untouched by
// the bodies of the Commons and survive its dissolution; the clause is
// printed for every public form and for no other vehicle.
func TestFx2jOpenDataDutiesSurvive(t *testing.T) {
	want := map[textfmt.Lang][]string{
		textfmt.EN: {"No decision of the bodies of the Commons derogates from the duties that the law places on the Legal Entity as regards the publication and re-use of its public information", "(Code des relations entre le public et l'administration, Articles L. 312-1-1 et seq., L. 321-4 and L. 324-1); those duties continue to apply after the dissolution of the Commons."},
		textfmt.FR: {"Aucune décision des instances du Commun ne déroge aux obligations que la loi impose à la Structure porteuse en matière de diffusion et de réutilisation de ses informations publiques", "(Code des relations entre le public et l'administration, articles L. 312-1-1 et suivants, L. 321-4 et L. 324-1) ; ces obligations subsistent après la dissolution du Commun."},
	}
	for _, form := range fxrfPublicForms {
		for _, l := range textfmt.All {
			r2Check(t, form+" "+string(l), fxkCharter(t, fxkPublicBody(form), l), true, want[l]...)
		}
	}
	for name, set := range fxrfVehicles() {
		for _, l := range textfmt.All {
			r2Check(t, name+" "+string(l), fxkCharter(t, set, l), false, want[l]...)
		}
	}
}

// RJ-20: the policy says that the right to exploit an agent's other works
// is assigned by operation of law to the public body that runs the
// Project (CPI L. 131-3-1, L. 131-3-2), with only a right of first refusal
// for commercial exploitation, and that the agent licenses what remains;
// the general clause no longer says the right merely "passes".
func TestFx2jAgentsWorksAssignedByLaw(t *testing.T) {
	k, _ := Lookup("contribution")
	want := map[textfmt.Lang][]string{
		textfmt.EN: {"the following rules apply", "the right to exploit them is assigned by operation of law to the Legal Entity as soon as they are created, to the extent strictly necessary for its public service mission, and for their commercial exploitation it holds only a right of first refusal (Articles L. 131-3-1 to L. 131-3-3)", "For the rights that remain yours, you license them as any contributor does"},
		textfmt.FR: {"les règles suivantes s'appliquent", "le droit d'exploitation est, dès leur création, cédé de plein droit à la Structure porteuse dans la mesure strictement nécessaire à sa mission de service public, et elle ne dispose, pour leur exploitation commerciale, que d'un droit de préférence (articles L. 131-3-1 à L. 131-3-3)", "Pour les droits qui vous restent, vous les concédez comme tout contributeur"},
	}
	gone := map[textfmt.Lang][]string{
		textfmt.EN: {"one rule applies", "are yours, save that", "passes to the administration"},
		textfmt.FR: {"une seule règle s'applique", "sont les vôtres, sous la seule réserve"},
	}
	for _, inbound := range []string{"dco", "cla"} {
		vals := k.Examples()
		vals["inbound"], vals["cla.outbound"] = inbound, "current"
		vals["legal.vehicle"], vals["legal.entity_name"] = "public-body", "Ville de Sentiers"
		vals["steward.name"] = "Ville de Sentiers"
		vals["governing_law"] = "FR"
		vals["contributors.allowed"] = []string{"individuals", "public-agents"}
		for _, l := range textfmt.All {
			doc, err := k.Assemble(vals, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			md := plainSpaces(string(markdown.Render(doc)))
			r2Check(t, inbound+" "+string(l), md, true, want[l]...)
			r2Check(t, inbound+" "+string(l), md, false, gone[l]...)
		}
	}
}

// RJ-22: a local authority amends its contribution policy by a
// deliberation of its deliberative assembly (for a commune, the municipal
// council), not by an authority it empowers, which CGCT L. 2122-22 does
// not allow; other public bodies keep the delegation their rules allow.
func TestFx2jLocalAuthorityAmendsPolicyByDeliberation(t *testing.T) {
	k, _ := Lookup("contribution")
	local := map[textfmt.Lang]string{textfmt.EN: "(for a commune, the municipal council", textfmt.FR: "(pour une commune, le conseil municipal"}
	generic := map[textfmt.Lang]string{textfmt.EN: "the authority that body has empowered", textfmt.FR: "l'autorité que celui-ci a habilitée"}
	for _, form := range []string{"local-authority", "epci", "university"} {
		vals := k.Examples()
		vals["legal.vehicle"], vals["legal.entity_name"], vals["legal.public_form"] = "public-body", "Ville de Sentiers", form
		vals["governing_law"] = "FR"
		for _, l := range textfmt.All {
			doc, err := k.Assemble(vals, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			md := plainSpaces(string(markdown.Render(doc)))
			r2Check(t, form+" "+string(l), md, form == "local-authority", local[l])
			r2Check(t, form+" "+string(l), md, form != "local-authority", generic[l])
		}
	}
}

// RJ-23: the policy names the texts that found the public-interest task
// on which a French public body processes contributors' data (GDPR art.
// 6(3)): CRPA L. 312-1-1 and L. 321-1, CGCT L. 2121-29 for a commune, and
// the decision adopting the Charter.
func TestFx2jPolicyNamesTheLegalBasis(t *testing.T) {
	k, _ := Lookup("contribution")
	crpa := map[textfmt.Lang]string{textfmt.EN: "entrust to it, in particular the Code des relations entre le public et l'administration (Articles L. 312-1-1 and L. 321-1)", textfmt.FR: "confient à la Structure porteuse, notamment le Code des relations entre le public et l'administration (articles L. 312-1-1 et L. 321-1)"}
	commune := map[textfmt.Lang]string{textfmt.EN: "and, for a commune, the French General Local Authorities Code (Article L. 2121-29)", textfmt.FR: "et, pour une commune, le Code général des collectivités territoriales (article L. 2121-29)"}
	for _, form := range []string{"local-authority", "epci", "state"} {
		vals := k.Examples()
		vals["legal.vehicle"], vals["legal.entity_name"], vals["legal.public_form"] = "public-body", "Ville de Sentiers", form
		vals["governing_law"] = "FR"
		for _, l := range textfmt.All {
			doc, err := k.Assemble(vals, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			md := plainSpaces(string(markdown.Render(doc)))
			r2Check(t, form+" "+string(l), md, true, crpa[l])
			r2Check(t, form+" "+string(l), md, form == "local-authority", commune[l])
		}
	}
	vals := k.Examples()
	vals["legal.vehicle"], vals["governing_law"] = "association", "FR"
	for _, l := range textfmt.All {
		doc, err := k.Assemble(vals, l, Final)
		if err != nil {
			t.Fatal(err)
		}
		r2Check(t, "association "+string(l), plainSpaces(string(markdown.Render(doc))), false, crpa[l], commune[l])
	}
}

// RJ-19: a minor contributing without a signed agreement may be asked to
// have the representatives' agreement confirmed in writing, and is told
// that the name in the history (and in a DCO sign-off) stays published;
// under a signed agreement the co-signature already evidences it.
func TestFx2jMinorsWrittenAgreementAndPublishedName(t *testing.T) {
	k, _ := Lookup("contribution")
	ask := map[textfmt.Lang]string{textfmt.EN: "as a rule your parents; the Maintainers may ask for that agreement to be confirmed in writing.", textfmt.FR: "en règle générale vos parents ; les Mainteneurs peuvent demander que cet accord soit confirmé par écrit."}
	name := map[textfmt.Lang]string{textfmt.EN: "is published with your Contribution and stays in that history: weigh this with your legal representatives before you contribute.", textfmt.FR: "est publié avec votre Contribution et demeure dans cet historique : pesez-en les conséquences avec vos représentants légaux avant de contribuer."}
	dco := map[textfmt.Lang]string{textfmt.EN: "Your name, as it appears in the history of the Project and in your sign-off,", textfmt.FR: "Votre nom, tel qu'il figure dans l'historique du Projet et dans votre attestation,"}
	for _, inbound := range []string{"dco", "inbound-outbound", "cla"} {
		vals := k.Examples()
		vals["inbound"], vals["cla.outbound"] = inbound, "current"
		vals["contributors.allowed"] = []string{"individuals"}
		for _, l := range textfmt.All {
			doc, err := k.Assemble(vals, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			md := plainSpaces(string(markdown.Render(doc)))
			r2Check(t, inbound+" "+string(l), md, inbound != "cla", ask[l])
			r2Check(t, inbound+" "+string(l), md, true, name[l])
			r2Check(t, inbound+" "+string(l), md, inbound == "dco", dco[l])
		}
	}
}

// RJ-12: with a public body, which owns the assets (15.1), Article 15 is
// headed "Assets of the Commons", not "Community assets"; other vehicles
// keep their heading.
func TestFx2jAssetsHeading(t *testing.T) {
	pb := map[textfmt.Lang]string{textfmt.EN: "## Article 15 — Assets of the Commons", textfmt.FR: "## Article 15 – Biens du Commun"}
	old := map[textfmt.Lang]string{textfmt.EN: "Community assets", textfmt.FR: "Biens de la communauté"}
	for _, form := range fxrfPublicForms {
		for _, l := range textfmt.All {
			doc := fxkCharter(t, fxkPublicBody(form), l)
			r2Check(t, form+" "+string(l), doc, true, pb[l])
			r2Check(t, form+" "+string(l), doc, false, old[l])
		}
	}
	for name, set := range fxrfVehicles() {
		for _, l := range textfmt.All {
			r2Check(t, name+" "+string(l), fxkCharter(t, set, l), true, old[l])
		}
	}
}

// RJ-14: the charter asks a public body for its SIREN number and prints it
// in 18.1, as the linked policy does; without a number nothing is added.
func TestFx2jPublicBodySIREN(t *testing.T) {
	want := map[textfmt.Lang]string{textfmt.EN: ", identified in the SIRENE directory under number 214 400 004, which provides the means needed for its operation.", textfmt.FR: ", identifiée au répertoire SIRENE sous le numéro 214 400 004, qui fournit les moyens nécessaires à son fonctionnement."}
	for _, form := range fxrfPublicForms {
		for _, reg := range []string{"", "214 400 004"} {
			set := fxkPublicBody(form)
			set["legal.registration"] = reg
			for _, l := range textfmt.All {
				r2Check(t, form+" "+reg+" "+string(l), fxkCharter(t, set, l), reg != "", want[l])
			}
		}
	}
}

// RJ-11: the rules of use that bind non-Members of a French public body's
// Commons are adopted by the decision that adopts the Charter, so that
// they exist from its entry into force.
func TestFx2jRulesOfUseAdoptedWithTheCharter(t *testing.T) {
	want := map[textfmt.Lang]string{textfmt.EN: "they are adopted by the decision that adopts this Charter, and amended in the same form, so that they apply from its entry into force;", textfmt.FR: "il est adopté par la décision qui adopte la Charte, et modifié dans les mêmes formes, afin de s'appliquer dès son entrée en vigueur ;"}
	for _, form := range fxrfPublicForms {
		for _, l := range textfmt.All {
			r2Check(t, form+" "+string(l), fxkCharter(t, fxkPublicBody(form), l), true, want[l])
		}
	}
	for name, set := range fxrfVehicles() {
		for _, l := range textfmt.All {
			r2Check(t, name+" "+string(l), fxkCharter(t, set, l), false, want[l])
		}
	}
}

// RJ-9: the public body that runs the Commons is not a Member; a person it
// designates (for a commune, a councillor designated by the mayor) attends
// the Assembly and the Steering Committee without a vote.
func TestFx2jPublicBodyIsNotAMember(t *testing.T) {
	want := map[textfmt.Lang]string{textfmt.EN: "The Legal Entity is not a Member; a person whom it designates", textfmt.FR: "La Structure porteuse n'est pas Membre ; une personne qu'elle désigne"}
	steer := map[textfmt.Lang]string{textfmt.EN: "attends the meetings of the Assembly and of the Steering Committee without a vote.", textfmt.FR: "assiste sans voix délibérative aux réunions de l'Assemblée et du Comité de pilotage."}
	commune := map[textfmt.Lang]string{textfmt.EN: ", for a commune a municipal councillor whom the mayor designates,", textfmt.FR: ", pour une commune un conseiller municipal que le maire désigne,"}
	for _, form := range fxrfPublicForms {
		set := fxkPublicBody(form)
		set["governance.steering"] = true
		for _, l := range textfmt.All {
			doc := fxkCharter(t, set, l)
			r2Check(t, form+" "+string(l), doc, true, want[l], steer[l])
			r2Check(t, form+" "+string(l), doc, form == "local-authority", commune[l])
		}
	}
	for name, set := range fxrfVehicles() {
		for _, l := range textfmt.All {
			r2Check(t, name+" "+string(l), fxkCharter(t, set, l), false, want[l])
		}
	}
}

// RJ-7: a local authority has no statutes; the Maintainers inform its
// executive (for a commune, the mayor, CGCT L. 2122-21) of a vulnerability.
func TestFx2jLocalAuthorityExecutiveInformed(t *testing.T) {
	want := map[textfmt.Lang]string{textfmt.EN: "inform its executive (for a commune, the mayor: French General Local Authorities Code, Article L. 2122-21)", textfmt.FR: "informent sans délai son exécutif (pour une commune, le maire : Code général des collectivités territoriales, article L. 2122-21)"}
	for _, form := range fxrfPublicForms {
		for _, l := range textfmt.All {
			r2Check(t, form+" "+string(l), fxkCharter(t, fxkPublicBody(form), l), form == "local-authority", want[l])
		}
	}
}

// RJ-4: with a public body, the vote of the body of the Commons on a
// refusal is an opinion, and the silence of the public body amounts to
// acceptance only for a member of the public (CRPA L. 100-3, L. 231-1);
// for another applicant, such as a public body, it amounts to rejection.
func TestFx2jRefusalOpinionAndSilence(t *testing.T) {
	opinion := map[textfmt.Lang]string{textfmt.EN: "An opinion against the application is never adopted by consent: it is put to a vote", textfmt.FR: "Un avis défavorable à la candidature n'est jamais adopté par consentement : il est mis aux voix"}
	silence := map[textfmt.Lang]string{textfmt.EN: "made by a member of the public within the meaning of Article L. 100-3 of the Code des relations entre le public et l'administration amounts to acceptance (Article L. 231-1 of that Code); on an application made by another applicant, such as a public body, it amounts to rejection.", textfmt.FR: "présentée par une personne relevant du public au sens de l'article L. 100-3 du Code des relations entre le public et l'administration vaut décision d'acceptation (article L. 231-1 du même code) ; sur la demande d'un autre candidat, telle une personne publique, il vaut décision de rejet."}
	for _, form := range fxrfPublicForms {
		set := qfConsent(fxkPublicBody(form))
		for _, l := range textfmt.All {
			r2Check(t, form+" "+string(l), fxkCharter(t, set, l), true, opinion[l], silence[l])
		}
	}
	set := qfConsent(fxk2Association())
	for _, l := range textfmt.All {
		r2Check(t, "association "+string(l), fxkCharter(t, set, l), false, opinion[l], silence[l])
	}
}

// RJ-13: 17.5 states, as 15.2 does, that a public-domain asset passes
// without declassification only where it will fall within the public
// domain of the public beneficiary (CG3P L. 3112-1).
func TestFx2jDevolutionPublicDomainCondition(t *testing.T) {
	want := map[textfmt.Lang]string{textfmt.EN: "where it is intended for the exercise of that person's powers and will fall within its public domain, by an amicable transfer without prior declassification", textfmt.FR: "lorsqu'il est destiné à l'exercice des compétences de celle-ci et relèvera de son domaine public (article L. 3112-1"}
	for _, form := range fxrfPublicForms {
		set := fxkPublicBody(form)
		set["exit.devolution"] = "public-body"
		for _, l := range textfmt.All {
			r2Check(t, form+" "+string(l), fxkCharter(t, set, l), true, want[l])
		}
	}
}

// RJ-6 (first part): patronage to a French public body is a gift that its
// competent organ accepts; for a commune, the municipal council or, for
// gifts without conditions or charges, the mayor by delegation (CGCT
// L. 2242-1, L. 2122-22, 9°).
func TestFx2jGiftsAcceptedByTheCompetentOrgan(t *testing.T) {
	all := map[textfmt.Lang]string{textfmt.EN: "Gifts and legacies to the Legal Entity are accepted by its competent organ", textfmt.FR: "Les dons et legs faits à la Structure porteuse sont acceptés par son organe compétent"}
	commune := map[textfmt.Lang]string{textfmt.EN: "by the mayor under a delegation of the council (French General Local Authorities Code, Articles L. 2242-1 and L. 2122-22, 9°).", textfmt.FR: "par le maire sur délégation du conseil (Code général des collectivités territoriales, articles L. 2242-1 et L. 2122-22, 9°)."}
	for _, form := range fxrfPublicForms {
		set := fxkPublicBody(form)
		set["economy.funding"] = []string{"grants", "sponsorship"}
		for _, l := range textfmt.All {
			doc := fxkCharter(t, set, l)
			r2Check(t, form+" "+string(l), doc, true, all[l])
			r2Check(t, form+" "+string(l), doc, form == "local-authority", commune[l])
		}
	}
	for name, set := range fxrfVehicles() {
		set["economy.funding"] = []string{"sponsorship"}
		for _, l := range textfmt.All {
			r2Check(t, name+" "+string(l), fxkCharter(t, set, l), false, all[l])
		}
	}
}
