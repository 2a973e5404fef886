package templates

import (
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

// fxrfVehicles are the answers of a charter for each legal vehicle that is
// not a public body, with a Steering Committee, so that their text can be
// checked unchanged.
func fxrfVehicles() map[string]map[string]any {
	return map[string]map[string]any{
		"association": {"legal.vehicle": "association", "governing_law": "FR"},
		"scic":        {"legal.vehicle": "scic", "governing_law": "FR"},
		"fiscal-host": {"legal.vehicle": "fiscal-host", "governing_law": "FR"},
		"none":        {"legal.vehicle": "none", "governing_law": "FR"},
		"de-facto":    {"legal.vehicle": "de-facto-association", "governing_law": "FR"},
	}
}

// fxrfPublicForms are the kinds of public body the questionnaire allows.
var fxrfPublicForms = []string{"epci", "local-authority", "university", "research", "state", "other"}

// RF-1, RF-3: for every public body, the bodies of the Commons give
// opinions or make proposals under the rules of the table, and the public
// body decides through its competent organ under its own voting rules; a
// change of licence and an amendment are proposed by the Assembly and
// adopted by the public body. Other vehicles keep "decided by the
// Assembly" and their table.
func TestFxrfBodiesGiveOpinionsPublicBodyDecides(t *testing.T) {
	pb := map[textfmt.Lang][]string{
		textfmt.EN: {
			"Where the Legal Entity is named in it, the body of the Commons named with it gives an opinion or makes a proposal under the rule shown, and the Legal Entity decides through its competent organ, under the rules that govern that organ, including its voting rules (Article",
			"| Legal Entity, through its competent organs, on the opinion of the Steering Committee (Article",
			"| Assembly, which proposes; Legal Entity, which decides (Article",
			"on the opinion of the Steering Committee | Simple majority for a refusal (Article",
			"It is proposed by the Assembly",
			"and adopted by the competent organ of the Legal Entity as provided in Article",
			"The Assembly approves the proposal",
			"2. proposes changes of licence and of the terms on which Contributions are received, which the competent organ of the Legal Entity adopts, under Article",
		},
		textfmt.FR: {
			"Lorsque la Structure porteuse y figure, l'instance du Commun mentionnée avec elle rend un avis ou formule une proposition selon la règle indiquée, et la Structure porteuse décide par son organe compétent, selon les règles qui régissent cet organe, notamment ses règles de vote (article",
			"| Structure porteuse, par ses organes compétents, sur avis du Comité de pilotage (article",
			"| Assemblée, qui propose ; Structure porteuse, qui décide (article",
			"sur avis du Comité de pilotage | Majorité simple pour un refus (article",
			"Il est proposé par l'Assemblée",
			"et adopté par l'organe compétent de la Structure porteuse dans les conditions prévues à l'article",
			"L'Assemblée approuve le projet de modification",
			"2. propose les changements de licence et des conditions de réception des Contributions, que l'organe compétent de la Structure porteuse adopte, conformément à l'article",
		},
	}
	other := map[textfmt.Lang][]string{
		textfmt.EN: {"It is decided by the Assembly", "2. decides on changes of licence and of the terms on which Contributions are received, under Article", "| Licences: change of the licence of a type of Resource or of the terms on which Contributions are received | Assembly |"},
		textfmt.FR: {"Il est décidé par l'Assemblée", "2. décide des changements de licence et des conditions de réception des Contributions, conformément à l'article", "| Licences : changement de la licence d'un type de Ressource ou des conditions de réception des Contributions | Assemblée |"},
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
			r2Check(t, name+" "+string(l), doc, true, other[l]...)
		}
	}
}

// RF-1, RF-4, RF-10, RF-21: 18.1 lists the matters the law reserves to the
// public body's organs, which decide under their own voting rules; names
// who takes the individual decisions (the president of an EPCI, by
// delegation under CGCT L. 5211-10; otherwise the competent organ or its
// delegate); and makes the Charter take effect only once the decision that
// adopts it is enforceable, cited in Annex A. The French text is native:
// comma after the name, « propriété des personnes publiques », no
// tautology. None of it is printed for another vehicle.
func TestFxrfPublicBodyOrgansDelegationAndEnforceability(t *testing.T) {
	all := map[textfmt.Lang][]string{
		textfmt.EN: {
			"in particular its budget and expenditure, the management of its property, the licences under which it publishes its own information and admission to the Commons that it runs, the decisions that this Charter assigns to the bodies of the Commons are opinions or proposals, which do not bind those organs: they decide under the rules that govern them, including their voting rules",
			"The individual decisions that this Charter assigns to the Legal Entity, such as those on applications for membership, on sanctions and on designations, are taken by",
			"This Charter, and each amendment to it, takes effect on the date that it sets, and no earlier than the date on which the decision that adopts it has become enforceable",
			"of the Legal Entity that adopts this Charter", // the row of Annex A, with the act's number and date where given (RJ2-6)
		},
		textfmt.FR: {
			"notamment son budget et ses dépenses, la gestion de ses biens, les licences sous lesquelles elle publie ses propres informations et l'admission au Commun qu'elle porte, les décisions que la Charte confie aux instances du Commun constituent des avis ou des propositions, qui ne lient pas ces organes : ceux-ci statuent selon les règles qui les régissent, notamment leurs règles de vote",
			"Les décisions individuelles que la Charte confie à la Structure porteuse, notamment sur les demandes d'adhésion, les sanctions et les désignations, sont prises",
			"La Charte, comme chacune de ses modifications, entre en vigueur à la date qu'elle fixe, et au plus tôt lorsque la décision qui l'adopte est devenue exécutoire",
			"de la Structure porteuse portant adoption de la Charte",
			"de propriété des personnes publiques",
		},
	}
	epci := map[textfmt.Lang][]string{
		textfmt.EN: {"are taken by its president, to whom the deliberative body delegates them by the deliberation that adopts this Charter (French General Local Authorities Code, Article L. 5211-10)", "(French General Local Authorities Code, Articles L. 2121-20, L. 2121-29 and L. 5211-1)", "transmitted to the representative of the State (French General Local Authorities Code, Articles L. 2131-1 and L. 5211-3)"},
		textfmt.FR: {"sont prises par son président, auquel l'organe délibérant les délègue par la délibération qui adopte la Charte (Code général des collectivités territoriales, article L. 5211-10)", "(Code général des collectivités territoriales, articles L. 2121-20, L. 2121-29 et L. 5211-1)", "transmise au représentant de l'État dans le département (Code général des collectivités territoriales, articles L. 2131-1 et L. 5211-3)"},
	}
	local := map[textfmt.Lang][]string{
		textfmt.EN: {"(for a commune, a département or a région, French General Local Authorities Code, Articles L. 2121-29, L. 3211-1 and L. 4221-1)", "Articles L. 2131-1, L. 3131-1 and L. 4141-1)"},
		textfmt.FR: {"(pour une commune, un département ou une région, Code général des collectivités territoriales, articles L. 2121-29, L. 3211-1 et L. 4221-1)", "articles L. 2131-1, L. 3131-1 et L. 4141-1)"},
	}
	generic := map[textfmt.Lang][]string{
		textfmt.EN: {"are taken by the organ that the rules governing the Legal Entity make competent for them or, where those rules allow it, by the authority to which that organ delegates them by the decision that adopts this Charter"},
		textfmt.FR: {"sont prises par l'organe que les règles qui la régissent rendent compétent ou, lorsque ces règles le permettent, par l'autorité à laquelle cet organe les délègue par la décision qui adopte la Charte"},
	}
	for _, form := range fxrfPublicForms {
		for _, l := range textfmt.All {
			doc := fxkCharter(t, fxkPublicBody(form), l)
			r2Check(t, form+" "+string(l), doc, true, all[l]...)
			r2Check(t, form+" epci "+string(l), doc, form == "epci", epci[l]...)
			r2Check(t, form+" local "+string(l), doc, form == "local-authority", local[l]...)
			r2Check(t, form+" generic "+string(l), doc, form != "epci" && form != "local-authority", generic[l]...)
			r2Check(t, form+" "+string(l), doc, false, "propriétés publiques", "La délibération de la Structure porteuse qui adopte ou modifie la Charte est celle de")
		}
	}
	// Without a seat, the French name is followed by a comma before the form.
	set := fxkPublicBody("epci")
	set["legal.seat"] = ""
	set["legal.entity_name"] = "Brocéliande Communauté"
	r2Check(t, "comma", fxkClause(t, set, textfmt.FR, "legal-public-body"), true, "dénommée Brocéliande Communauté, constituée en établissement public")
	r2Check(t, "comma", fxkClause(t, set, textfmt.EN, "legal-public-body"), true, "run by the public body Brocéliande Communauté, constituted as a public establishment")
	for name, set := range fxrfVehicles() {
		for _, l := range textfmt.All {
			doc := fxkCharter(t, set, l)
			r2Check(t, name+" "+string(l), doc, false, all[l]...)
			r2Check(t, name+" "+string(l), doc, false, generic[l]...)
		}
	}
}

// RF-5: with a public body, the Assembly proposes the nominee holder of
// the assets and the public body designates them, in 6.1, the table, 7.9
// and the transitional provisions as in 15.2. RF-6: the nominee agreement
// of every legal entity is a mandate coupled with a simulation (C. civ.
// 1201), not an agency without representation under 1154, and with a
// public body the holder acts on its instructions.
func TestFxrfNomineeHolder(t *testing.T) {
	pb := map[textfmt.Lang][]string{
		textfmt.EN: {"proposes to the Legal Entity, where a service requires one, the Member who is to hold the assets of the Commons under Article", "whom the Legal Entity then designates", "holder of the assets (proposed to the Legal Entity, which designates them)", "and proposes to the Legal Entity, where a service requires one, the holder of the assets, whom the Legal Entity then designates", "The holder shall use them only on the instructions of the Legal Entity, given after the opinion of the bodies of the Commons"},
		textfmt.FR: {"propose à la Structure porteuse, si un service l'exige, le Membre appelé à détenir les biens du Commun conformément à l'article", "que la Structure porteuse désigne", "détenteur des biens (proposé à la Structure porteuse, qui le désigne)", "et propose à la Structure porteuse, si un service l'exige, le détenteur des biens, que la Structure porteuse désigne", "Le détenteur n'en use que sur les instructions de la Structure porteuse, données après avis des instances du Commun"},
	}
	entity := map[textfmt.Lang][]string{
		textfmt.EN: {"(convention de prête-nom, a mandate coupled with a simulation, in which the holder acts in their own name without disclosing the Legal Entity, so that the holder alone is bound towards the service, and which has effect only between the parties and cannot be relied on against third parties, who may nevertheless rely on it: French Civil Code, Article 1201)"},
		textfmt.FR: {"(mandat assorti d'une simulation par interposition de personne, par lequel le détenteur agit en son nom propre sans révéler la Structure porteuse, de sorte qu'il est seul engagé envers le service, et qui ne produit effet qu'entre les parties sans être opposable aux tiers, lesquels peuvent néanmoins s'en prévaloir : Code civil, article 1201)"},
	}
	old := map[textfmt.Lang][]string{
		textfmt.EN: {"an agency without representation under which the holder alone is bound towards third parties"},
		textfmt.FR: {"par lequel le détenteur est seul engagé à l'égard des tiers : Code civil, article 1154"},
	}
	other := map[textfmt.Lang][]string{
		textfmt.EN: {"The holder shall use them only on the decisions of the bodies of the Commons", "designates, where a service requires one, the holder of the assets"},
		textfmt.FR: {"Le détenteur n'en use que sur décision des instances du Commun", "désigne, si un service l'exige, le détenteur des biens"},
	}
	for _, form := range []string{"epci", "university", "other"} {
		set := fxkPublicBody(form)
		set["governance.steering"] = true
		set["assets.holder"] = "trustee"
		for _, l := range textfmt.All {
			doc := fxkCharter(t, set, l)
			r2Check(t, form+" "+string(l), doc, true, pb[l]...)
			r2Check(t, form+" "+string(l), doc, true, entity[l]...)
			r2Check(t, form+" "+string(l), doc, false, old[l]...)
			r2Check(t, form+" "+string(l), doc, false, other[l]...)
		}
	}
	for _, v := range []string{"association", "scic", "fiscal-host"} {
		set := map[string]any{"legal.vehicle": v, "governing_law": "FR", "governance.steering": true, "assets.holder": "trustee"}
		for _, l := range textfmt.All {
			doc := fxkCharter(t, set, l)
			r2Check(t, v+" "+string(l), doc, false, pb[l]...)
			r2Check(t, v+" "+string(l), doc, false, old[l]...)
			r2Check(t, v+" "+string(l), doc, true, other[l]...)
		}
	}
}

// RF-8: under French law, a member of a body of the Commons who also sits
// on an organ of the public body steps aside from that organ's
// deliberation on a matter in which they have an interest; elected members
// of a commune or an EPCI under CGCT L. 2131-11. Nothing of it for other
// vehicles or another governing law.
func TestFxrfElectedMembersStepAside(t *testing.T) {
	core := map[textfmt.Lang]string{
		textfmt.EN: "and who has, in a matter on which that organ decides under this Charter, an interest other than that of the Legal Entity, shall declare it and take part neither in the deliberation nor in the vote of that organ on that matter (",
		textfmt.FR: "et qui a, dans une affaire sur laquelle cet organe statue en application de la Charte, un intérêt autre que celui de la Structure porteuse, le déclare et se déporte : il ne prend part ni à la délibération ni au vote de cet organe sur cette affaire (",
	}
	law := map[textfmt.Lang]string{textfmt.EN: "Law No. 2013-907 of 11 October 2013 on transparency in public life, Article 2)", textfmt.FR: "article 2 de la loi n° 2013-907 du 11 octobre 2013 relative à la transparence de la vie publique)"}
	elected := map[textfmt.Lang]string{textfmt.EN: "French General Local Authorities Code, Article L. 2131-11;", textfmt.FR: "article L. 2131-11 du Code général des collectivités territoriales ;"}
	for _, form := range fxrfPublicForms {
		for _, l := range textfmt.All {
			c := fxkClause(t, fxkPublicBody(form), l, "decisions-conflicts")
			r2Check(t, form+" "+string(l), c, true, core[l], law[l])
			r2Check(t, form+" "+string(l), c, form == "epci" || form == "local-authority", elected[l])
		}
	}
	foreign := fxkPublicBody("epci")
	foreign["governing_law"] = "BE"
	for _, l := range textfmt.All {
		r2Check(t, "BE "+string(l), fxkClause(t, foreign, l, "decisions-conflicts"), false, core[l])
		for name, set := range fxrfVehicles() {
			r2Check(t, name+" "+string(l), fxkClause(t, set, l, "decisions-conflicts"), false, core[l])
		}
	}
}

// RF-7: a public body that competes with private operators for a public
// contract does so only within its powers (speciality), for a commune or
// an EPCI where a public interest justifies it, and at a price covering
// all its costs without an advantage drawn from its public resources (CE
// Ass., 30 Dec. 2014, Armor SNC).
func TestFxrfPublicBodyCandidacyArmor(t *testing.T) {
	all := map[textfmt.Lang][]string{
		textfmt.EN: {"or, where it competes with private operators, only within its powers", "and at a price that covers all the direct and indirect costs of the work, without drawing, to set it, any advantage from the resources or means that it holds for its public service missions (Conseil d'État, Assembly, 30 December 2014, Société Armor SNC, no. 355563)."},
		textfmt.FR: {"ou, lorsqu'elle se trouve en concurrence avec des opérateurs privés, que dans la limite de ses compétences", "et à un prix qui couvre l'ensemble des coûts directs et indirects de ces travaux, sans qu'elle tire, pour le déterminer, un avantage des ressources ou des moyens qui lui sont attribués au titre de ses missions de service public (Conseil d'État, Ass., 30 décembre 2014, Société Armor SNC, n° 355563)."},
	}
	local := map[textfmt.Lang]string{
		textfmt.EN: ", where a public interest justifies its candidacy, the work extending a public service mission with which it is entrusted without compromising it,",
		textfmt.FR: ", si un intérêt public justifie sa candidature, ces travaux constituant le prolongement d'une mission de service public dont elle a la charge sans compromettre l'exercice de celle-ci,",
	}
	for _, form := range fxrfPublicForms {
		set := fxkPublicBody(form)
		set["economy.funding"] = []string{"grants", "procurement"}
		for _, l := range textfmt.All {
			c := fxkClause(t, set, l, "economy-funding")
			r2Check(t, form+" "+string(l), c, true, all[l]...)
			r2Check(t, form+" "+string(l), c, form == "epci" || form == "local-authority", local[l])
		}
	}
}

// RF-13: the funding of a Commons carried by a public body lists first the
// appropriations that its organ opens in its budget, and says who awards
// public grants to whom; no other vehicle lists them.
func TestFxrfPublicBodyAppropriations(t *testing.T) {
	want := map[textfmt.Lang][]string{
		textfmt.EN: {"following sources:\n\n- **Appropriations of the Legal Entity**, which its competent organ opens in its budget for the Commons and which are spent under the rules of public accounting (Article", "- **Public grants** that other public persons or the European Union award to the Legal Entity for the Commons, used"},
		textfmt.FR: {"sources suivantes :\n\n- **Crédits de la Structure porteuse**, que son organe compétent ouvre à son budget pour le Commun et qui sont exécutés selon les règles de la comptabilité publique (article", "- **Subventions publiques** que d'autres personnes publiques ou l'Union européenne accordent à la Structure porteuse pour le Commun, employées"},
	}
	grants := map[textfmt.Lang]string{textfmt.EN: "- **Public grants**, used", textfmt.FR: "- **Subventions publiques**, employées"}
	for _, form := range fxrfPublicForms {
		set := fxkPublicBody(form)
		set["economy.funding"] = []string{"grants", "procurement"}
		for _, l := range textfmt.All {
			c := fxkClause(t, set, l, "economy-funding")
			r2Check(t, form+" "+string(l), c, true, want[l]...)
			r2Check(t, form+" "+string(l), c, false, grants[l])
		}
	}
	for name, set := range fxrfVehicles() {
		set["economy.funding"] = []string{"grants"}
		for _, l := range textfmt.All {
			c := fxkClause(t, set, l, "economy-funding")
			r2Check(t, name+" "+string(l), c, false, want[l]...)
			r2Check(t, name+" "+string(l), c, true, grants[l])
		}
	}
}

// RF-11: a French public body binds Participants and Contributors who are
// not Members by the rules of use (règlement d'utilisation) of the public
// service that it runs, a unilateral act, not by contract terms accepted
// under C. civ. 1119; the code of conduct refers to those rules. A public
// body under another law and the other vehicles keep the terms of use.
func TestFxrfPublicBodyRulesOfUse(t *testing.T) {
	rules := map[textfmt.Lang][]string{
		textfmt.EN: {"are bound to respect the code of conduct and the rules of Article 12, including the sanctions it provides for, through the rules of use (règlement d'utilisation) that the Legal Entity adopts for each space of the Commons, such as its forge, its chat rooms and its events, as rules of the public service that it runs, which apply to everyone who uses that space.", "the Legal Entity shall publish them and bring them to the attention of each person"},
		textfmt.FR: {"sont tenus de respecter le code de conduite et les règles de l'article 12, y compris les sanctions qu'il prévoit, par l'effet du règlement d'utilisation que la Structure porteuse arrête pour chacun des espaces du Commun, tels que sa forge, ses salons de discussion et ses événements, en tant que règlement du service public qu'elle gère, et qui s'applique à quiconque utilise cet espace.", "la Structure porteuse le publie et le porte à la connaissance de chacun"},
	}
	code := map[textfmt.Lang]string{textfmt.EN: "It binds Participants and Contributors who are not Members through the rules of use provided for in Article", textfmt.FR: "par l'effet du règlement d'utilisation prévu à l'article"}
	terms := map[textfmt.Lang][]string{
		textfmt.EN: {"obtain their acceptance when an account is created", "French Civil Code, Article 1119", "through the terms of use provided for in Article"},
		textfmt.FR: {"l'acceptation lors de la création d'un compte", "Code civil, article 1119", "par l'effet des conditions d'utilisation prévues à l'article"},
	}
	for _, form := range fxrfPublicForms {
		for _, l := range textfmt.All {
			doc := fxkCharter(t, fxkPublicBody(form), l)
			r2Check(t, form+" "+string(l), doc, true, rules[l]...)
			r2Check(t, form+" "+string(l), doc, true, code[l])
			r2Check(t, form+" "+string(l), doc, false, terms[l]...)
		}
	}
	foreign := fxkPublicBody("other")
	foreign["governing_law"] = "BE"
	for _, l := range textfmt.All {
		doc := fxkCharter(t, foreign, l)
		r2Check(t, "BE "+string(l), doc, false, rules[l]...)
		for name, set := range fxrfVehicles() {
			doc := fxkCharter(t, set, l)
			r2Check(t, name+" "+string(l), doc, false, rules[l]...)
			r2Check(t, name+" "+string(l), doc, true, terms[l]...)
		}
	}
}

// RF-16: a French public body passes an asset of its public domain to a
// public beneficiary by an amicable transfer (CG3P L. 3112-1), and its
// competent organ decides the return of rights to authors on withdrawal.
func TestFxrfPublicBodyDevolutionAndReturn(t *testing.T) {
	cg3p := map[textfmt.Lang]string{
		textfmt.EN: "; an asset of its public domain passes to a beneficiary that is a public person, where it is intended for the exercise of that person's powers and will fall within its public domain, by an amicable transfer without prior declassification (Code général de la propriété des personnes publiques, Article L. 3112-1).",
		textfmt.FR: " ; un bien de son domaine public est cédé à l'amiable, sans déclassement préalable, au bénéficiaire qui est une personne publique, lorsqu'il est destiné à l'exercice des compétences de celle-ci et relèvera de son domaine public (article L. 3112-1 du Code général de la propriété des personnes publiques).",
	}
	ret := map[textfmt.Lang]string{
		textfmt.EN: "; that return, which is the counterpart of the commitments made to those authors when their Contributions were received, is decided by its competent organ;",
		textfmt.FR: " ; cette rétrocession, qui est la contrepartie des engagements pris envers ces auteurs lors de la réception de leurs Contributions, est décidée par son organe compétent ;",
	}
	for _, form := range fxrfPublicForms {
		for _, dv := range []string{"public-body", "commons", "foundation"} {
			set := fxkPublicBody(form)
			set["exit.devolution"] = dv
			for _, l := range textfmt.All {
				doc := fxkCharter(t, set, l)
				r2Check(t, form+" "+dv+" "+string(l), doc, true, cg3p[l], ret[l])
			}
		}
	}
	for name, set := range fxrfVehicles() {
		set["exit.devolution"] = "public-body"
		for _, l := range textfmt.All {
			r2Check(t, name+" "+string(l), fxkCharter(t, set, l), false, cg3p[l], ret[l])
		}
	}
}

// RF-12: a public body publishes the records of the Governance Space for
// a public-interest task whose basis (GDPR 6(3)) is the decision that
// adopts the Charter within its powers, not unnamed "texts".
func TestFxrfPublicBodyPublicationBasis(t *testing.T) {
	want := map[textfmt.Lang]string{
		textfmt.EN: "the performance of the public-interest task that the Legal Entity carries out within the powers that the law confers on it, on the basis of the decision that adopts this Charter in the exercise of those powers (Article 6(1)(e) and 6(3))",
		textfmt.FR: "pour l'exécution de la mission d'intérêt public que la Structure porteuse exerce dans la limite des compétences que la loi lui confère, sur le fondement de la délibération qui adopte la Charte dans l'exercice de ces compétences (article 6, paragraphe 1, point e, et paragraphe 3)",
	}
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

// RF-17: the founding Members designate the interim officers by simple
// majority, and the interim Steering Committee has the size and the limits
// of the elected one, whatever the vehicle that has no statutory board.
func TestFxrfInterimSteeringCommittee(t *testing.T) {
	want := map[textfmt.Lang][]string{
		textfmt.EN: {"designate from among themselves, by simple majority (Article", "the facilitator of the Assembly and an interim Steering Committee of at most five (5) members, within the limits set in Article"},
		textfmt.FR: {"désignent parmi eux, à la majorité simple (article", "l'animateur de l'Assemblée et un Comité de pilotage provisoire d'au plus cinq (5) membres, dans les limites fixées à l'article"},
	}
	sets := map[string]map[string]any{"epci": fxkPublicBody("epci")}
	for name, set := range fxrfVehicles() {
		sets[name] = set
	}
	for name, set := range sets {
		set["governance.steering"] = true
		set["governance.steering_seats"] = 5
		for _, l := range textfmt.All {
			doc := fxkClause(t, set, l, "transitional")
			member := name == "association" || name == "scic"
			r2Check(t, name+" "+string(l), doc, true, want[l][0])
			r2Check(t, name+" "+string(l), doc, !member, want[l][1])
		}
	}
}

// RF-19: the French text keeps the Regulation's term "steward de
// logiciels libres et open source" in guillemets and explains it.
func TestFxrfStewardExplained(t *testing.T) {
	set := fxkPublicBody("epci")
	fr := fxkClause(t, set, textfmt.FR, "bodies-technical")
	want := "elle en est le « steward de logiciels libres et open source » (gestionnaire de ces logiciels, au sens de l'article 3, point 14, du même règlement)"
	if !strings.Contains(strings.ReplaceAll(fr, "\u202f", " "), want) {
		t.Errorf("steward not explained:\n%s", fr)
	}
}

// RF-15: a French public body's publisher, legal notices and accessibility duties (RGAA, statement,
// multi-year plan) stand in their own section of the transparency article,
// to which 10.2 points; 11.4 keeps only the notice procedure and the legal
// notices. No other vehicle has that section.
func TestFxrfAccessibilitySection(t *testing.T) {
	want := map[textfmt.Lang]string{
		textfmt.EN: "It shall make those websites and the applications of the Commons accessible to persons with disabilities, in accordance with the general accessibility improvement framework (référentiel général d'amélioration de l'accessibilité, RGAA)",
		textfmt.FR: "Elle rend ces sites et les applications du Commun accessibles aux personnes handicapées, conformément au référentiel général d'amélioration de l'accessibilité (RGAA)",
	}
	for _, form := range fxrfPublicForms {
		for _, l := range textfmt.All {
			doc := charterDoc(t, fxkPublicBody(form), l)
			n := clauseNumber(t, doc, "transparency-accessibility")
			r2Check(t, form+" "+string(l), clausePlain(doc, "transparency-accessibility"), true, want[l])
			r2Check(t, form+" "+string(l), clausePlain(doc, "contribution-notices"), false, "RGAA", "82-652", "2004-575")
			r2Check(t, form+" "+string(l), clausePlain(doc, "transparency-accessibility"), true, map[textfmt.Lang][]string{
				textfmt.EN: {"The Legal Entity is the publisher of the websites of the Commons, including", "their director of publication is the legal representative of the Legal Entity (French Law No. 82-652 of 29 July 1982, Article 93-2)", "(French Law No. 2004-575 of 21 June 2004 on confidence in the digital economy)"},
				textfmt.FR: {"La Structure porteuse est l'éditeur des sites du Commun, dont", "leur directeur de la publication est le représentant légal de la Structure porteuse (article 93-2 de la loi n° 82-652 du 29 juillet 1982)", "(loi n° 2004-575 du 21 juin 2004 pour la confiance dans l'économie numérique)"},
			}[l]...)
			r2Check(t, form+" "+string(l), clausePlain(doc, "contribution-notices"), true, map[textfmt.Lang]string{
				textfmt.EN: "The publisher of the websites of the Commons, their director of publication and their legal notices are set out in Article " + n + ".",
				textfmt.FR: "L'éditeur des sites du Commun, leur directeur de la publication et leurs mentions légales sont désignés à l'article " + n + ".",
			}[l])
			r2Check(t, form+" 10.2 "+string(l), fxkCharter(t, fxrfFrameworks(fxkPublicBody(form)), l), true, map[textfmt.Lang]string{textfmt.EN: "the accessibility documents that Article " + n + " provides for", textfmt.FR: "les documents relatifs à l'accessibilité que prévoit l'article " + n}[l])
		}
	}
	for name, set := range fxrfVehicles() {
		for _, l := range textfmt.All {
			if _, ok := charterDoc(t, set, l).Clause("transparency-accessibility"); ok {
				t.Errorf("%s %s: accessibility section", name, l)
			}
		}
	}
}

// fxrfFrameworks sets the answer that the Commons applies the French
// public-sector frameworks.
func fxrfFrameworks(set map[string]any) map[string]any {
	set["standards.public_frameworks"] = true
	return set
}

// RF-1 (trademark): with a public body, registering the name as a
// trademark is proposed by the Assembly and decided by the public body,
// which would own it; other vehicles keep the Assembly's decision.
func TestFxrfPublicBodyTrademarkProposal(t *testing.T) {
	pb := map[textfmt.Lang][]string{
		textfmt.EN: {"whether to propose to the competent organ of the Legal Entity that it register it on behalf of the Commons", "| Registration of the name as a trademark (Article 15.3) | Assembly, which proposes; Legal Entity, which decides |"},
		textfmt.FR: {"s'il y a lieu de proposer à l'organe compétent de la Structure porteuse de le déposer pour le compte du Commun", "| Dépôt du nom à titre de marque (article 15.3) | Assemblée, qui propose ; Structure porteuse, qui décide |"},
	}
	other := map[textfmt.Lang]string{textfmt.EN: "whether to register it on behalf of the Commons", textfmt.FR: "s'il y a lieu de le déposer pour le compte du Commun"}
	for _, form := range fxrfPublicForms {
		set := fxkPublicBody(form)
		set["assets.trademark"] = false
		for _, l := range textfmt.All {
			doc := fxkCharter(t, set, l)
			r2Check(t, form+" "+string(l), doc, true, pb[l]...)
			r2Check(t, form+" "+string(l), doc, false, other[l])
		}
	}
	for name, set := range fxrfVehicles() {
		set["assets.trademark"] = false
		for _, l := range textfmt.All {
			doc := fxkCharter(t, set, l)
			r2Check(t, name+" "+string(l), doc, false, pb[l]...)
			r2Check(t, name+" "+string(l), doc, true, other[l])
		}
	}
}
