package templates

import (
	"slices"
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/render/markdown"
	"apitos/internal/textfmt"
)

// reserve is a matter that the law of a legal vehicle reserves to its
// organs or its statutes, or that it settles itself: a charter whose
// answers it applies to must say what it says (must), in English and in
// French, and never what would purport to decide it instead (never).
type reserve struct {
	why     string
	applies func(vals questionnaire.Values) bool
	must    [2][]string
	never   [2][]string
}

func vehicleIs(vehicles ...string) func(questionnaire.Values) bool {
	return func(vals questionnaire.Values) bool { return slices.Contains(vehicles, answer(vals, "legal.vehicle")) }
}

// corporateFoundation is true of a French corporate foundation host
// (Law No. 87-571, Articles 19 to 19-13).
func corporateFoundation(vals questionnaire.Values) bool {
	return answer(vals, "legal.vehicle") == "fiscal-host" && answer(vals, "legal.host_form") == "foundation" &&
		answer(vals, "legal.foundation_kind") == "corporate" && answer(vals, "governing_law") == "FR"
}

// scicForm is true of a SCIC in the given company form.
func scicForm(form string) func(questionnaire.Values) bool {
	return func(vals questionnaire.Values) bool {
		return answer(vals, "legal.vehicle") == "scic" && answer(vals, "legal.company_form") == form
	}
}

// members are the vehicles whose members are the Members and whose
// general meeting is the Assembly.
var members = vehicleIs("association", "scic")

// boardOfSA is true when the steering committee is the board of a
// société anonyme.
func boardOfSA(vals questionnaire.Values) bool {
	return scicForm("sa")(vals) && answer(vals, "governance.steering") == "true"
}

var reserves = []reserve{
	{"the board of directors of a société anonyme deliberates under the quorum, majority, proxy and written-consultation rules of C. com. L. 225-37 and R. 225-19, which no internal rule can lower",
		boardOfSA,
		[2][]string{{"Articles L. 225-37, L. 225-82 and R. 225-19) and the statutes set", "each member holds no more than one proxy per meeting", "The Steering Committee deliberates under the quorum conditions set in"},
			{"articles L. 225-37, L. 225-82 et R. 225-19) et les statuts, qui remplacent sur ces points", "chaque membre n'y détient qu'une procuration par séance", "Le Comité de pilotage délibère dans les conditions de quorum que fixe"}},
		[2][]string{{"a decision of the Steering Committee or of the Technical Committee is valid only if"}, {"une décision du Comité de pilotage ou du Comité technique ne l'est que si"}}},
	{"the steering committee of an association or of a SCIC other than an SA is an organ of the legal entity, whose statutes prevail over the charter's quorum, notice and proxy rules, which apply only failing them",
		func(vals questionnaire.Values) bool {
			return vehicleIs("association", "scic")(vals) && answer(vals, "governance.steering") == "true" && !boardOfSA(vals)
		},
		[2][]string{{"The Steering Committee, as an organ of the Legal Entity, deliberates under the quorum that its statutes set where they provide for one", "apply to the Assembly and to the Steering Committee, as organs of the Legal Entity, only to the extent that the statutes"},
			{"Le Comité de pilotage, organe de la Structure porteuse, délibère dans les conditions de quorum que fixent ses statuts lorsqu'ils en disposent", "ne s'appliquent à l'Assemblée et au Comité de pilotage, organes de la Structure porteuse, que dans la mesure où les statuts"}},
		[2][]string{nil, nil}},
	{"a steering committee that is no organ of a legal entity follows the charter's own rules",
		func(vals questionnaire.Values) bool { return !vehicleIs("association", "scic")(vals) },
		[2][]string{nil, nil},
		[2][]string{{"The Steering Committee, as an organ of the Legal Entity", "Steering Committee, as organs of the Legal Entity"}, {"Le Comité de pilotage, organe de la Structure porteuse", "au Comité de pilotage, organes de la Structure porteuse"}}},
	{"elsewhere the charter sets the quorum of its steering committee itself",
		func(vals questionnaire.Values) bool { return !boardOfSA(vals) },
		[2][]string{nil, nil},
		[2][]string{{"L. 225-37", "R. 225-19"}, {"L. 225-37", "R. 225-19"}}},
	{"the directors of a société anonyme are appointed by the general meeting by a majority of the votes cast (C. com. L. 225-18, L. 225-98)",
		boardOfSA,
		[2][]string{{"a candidate is elected only if they obtain a majority of the votes cast"}, {"un candidat n'est élu que s'il recueille la majorité des suffrages exprimés"}},
		[2][]string{{"the seats go to the candidates who receive the most votes"}, {"les sièges reviennent aux candidats qui recueillent le plus de voix"}}},
	{"the general meeting of a société anonyme meets, and votes only in the meeting or by post (C. com. L. 225-107, R. 225-77)",
		scicForm("sa"),
		[2][]string{{"the Assembly does not vote in writing outside a meeting"}, {"l'Assemblée ne vote pas par écrit hors réunion"}},
		[2][]string{{"a vote of the Assembly held in writing remains open", "the facilitator shall organise a second meeting or consultation on the same agenda"}, {"un vote de l'Assemblée par écrit reste ouvert", "organise une seconde réunion ou consultation sur le même ordre du jour"}}},
	{"the dissolution of an association or a company follows its statutes and the law, not a second-call quorum of the charter",
		members,
		[2][]string{nil, nil},
		[2][]string{{"an amendment to this Charter and the dissolution of the Commons"}, {"une modification de la Charte et la dissolution du Commun"}}},
	{"a company must hold its annual general meeting every year (C. com. L. 225-100, L. 223-26, L. 227-9), so that meeting alone cannot keep the commons out of dormancy",
		vehicleIs("scic"),
		[2][]string{{"any decision other than those that the law requires of the general meeting of the Legal Entity every year"}, {"d'autre décision que celles que la loi impose chaque année à l'assemblée générale de la Structure porteuse"}},
		[2][]string{nil, nil}},
	{"a member who withdraws stays liable for five years only in a company with variable capital (C. com. L. 231-6), which the statutes may not provide",
		vehicleIs("scic"),
		[2][]string{{"where the capital of the Legal Entity is variable, a member who ceases to belong to it remains liable"}, {"lorsque le capital de la Structure porteuse est variable, l'associé qui cesse d'en faire partie reste tenu"}},
		[2][]string{{"a member who withdraws from a company with variable capital remains liable"}, {"l'associé qui se retire d'une société à capital variable reste tenu"}}},
	{"a company gives no tax receipt for gifts unless it meets CGI 200 and 238 bis, and gifts are taxable income to it",
		func(vals questionnaire.Values) bool {
			return answer(vals, "legal.vehicle") == "scic" && slices.Contains(multi(vals, "economy.funding"), "sponsorship")
		},
		[2][]string{{"a commercial company liable to corporate tax, issues receipts that give a right to a tax reduction only if", "the patronage payments it receives are taxable income"},
			{"société commerciale soumise à l'impôt sur les sociétés, ne délivre de reçus ouvrant droit à une réduction d'impôt que si", "les versements de mécénat qu'elle reçoit sont des produits imposables"}},
		[2][]string{nil, nil}},
	{"a company's annual accounts are filed and public (C. com. L. 232-21 to L. 232-23), so a charter that keeps the accounts private says what stays private",
		func(vals questionnaire.Values) bool {
			return answer(vals, "legal.vehicle") == "scic" && answer(vals, "economy.public_accounts") == "false"
		},
		[2][]string{{"only the annual accounts of the Legal Entity are, by their filing with the registry"}, {"seuls le sont les comptes annuels de la Structure porteuse, par leur dépôt au greffe"}},
		[2][]string{{"They are not otherwise published, except where the law requires it"}, {"Ces documents ne sont pas publiés par ailleurs, sauf lorsque la loi l'exige"}}},
	{"a legal entity that carries the commons owns its employees' inventions (CPI L. 611-7) and is bound by the patent undertaking like a Member",
		func(vals questionnaire.Values) bool {
			return vehicleIs("association", "scic", "public-body")(vals) && slices.Contains(multi(vals, "commons.resources"), "standard")
		},
		[2][]string{{"The Legal Entity gives the same undertaking, on the same terms, for the patents and patent applications that it holds or controls"},
			{"La Structure porteuse prend le même engagement, dans les mêmes termes, pour les brevets et demandes de brevet qu'elle détient ou contrôle"}},
		[2][]string{nil, nil}},
	{"a legal entity that carries or hosts the commons files no patent on a hardware design of the commons: a host holds rights in the Contributions too",
		func(vals questionnaire.Values) bool {
			return vehicleIs("association", "scic", "public-body", "fiscal-host")(vals) && slices.Contains(multi(vals, "commons.resources"), "hardware")
		},
		[2][]string{{"and the Legal Entity shall file no patent application covering a Resource"}, {"et la Structure porteuse ne dépose aucune demande de brevet portant sur une Ressource"}},
		[2][]string{nil, nil}},
	{"without a legal entity of its own, no entity binds itself on patents",
		vehicleIs("none", "de-facto-association"),
		[2][]string{nil, nil},
		[2][]string{{"The Legal Entity gives the same undertaking", "the Legal Entity shall file no patent application"}, {"La Structure porteuse prend le même engagement", "la Structure porteuse ne dépose aucune demande de brevet"}}},
	{"a host, which is no Member, gives no undertaking on the patents it holds for standards",
		vehicleIs("fiscal-host"),
		[2][]string{nil, nil},
		[2][]string{{"The Legal Entity gives the same undertaking"}, {"La Structure porteuse prend le même engagement"}}},
	{"a legal entity that places a product with digital elements on the market is its manufacturer and makes the notifications of CRA art. 14, unless the answers say it is neither manufacturer nor steward (RI2-3)",
		func(vals questionnaire.Values) bool {
			return vehicleIs("association", "fiscal-host", "scic", "public-body")(vals) && answer(vals, "legal.cra_none") != "true"
		},
		[2][]string{{"the notifications that Article 14 of Regulation (EU) 2024/2847 requires of the manufacturer"}, {"aux notifications que l'article 14 du règlement (UE) 2024/2847 impose au fabricant"}},
		[2][]string{nil, nil}},
	{"the general meeting of an association or a company is convened by the organ its statutes and the law designate (C. com. L. 225-103, L. 223-27, L. 227-9)",
		members,
		[2][]string{{"It is convened by the organ that the statutes of the Legal Entity and the law designate"}, {"Elle est convoquée par l’organe que désignent les statuts de la Structure porteuse et la loi"}},
		[2][]string{{"Its facilitator shall convene it", "any Member may convene the Assembly"}, {"Son animateur la convoque", "tout Membre peut convoquer l’Assemblée"}}},
	{"no member of the legal entity loses, or shares with another, the vote it holds at the general meeting (C. civ. 1844; law of 1947, Art. 19 octies)",
		members,
		[2][]string{{"in particular to take part in the Assembly", "other than the Assembly who has a personal interest"}, {"notamment de celui de prendre part à l’Assemblée", "autre que l’Assemblée qui a un intérêt personnel"}},
		[2][]string{{"and of the rights of a Member", "count as a single Member", "suspend or end the membership"}, {"et des droits de Membre", "comptent pour un seul Membre", "la suspension ou la perte de la qualité de Membre"}}},
	{"the dissolution of the legal entity is decided by its general meeting under its statutes and the law; an internal rule creates no cause of dissolution (C. civ. 1844-7)",
		members,
		[2][]string{{"The Commons is dissolved only together with the Legal Entity", "under the conditions of quorum and majority that its statutes"}, {"Le Commun n’est dissous qu’avec la Structure porteuse", "dans les conditions de quorum et de majorité que fixent ses statuts"}},
		[2][]string{{"The dissolution of the Commons entails that of the Legal Entity", "the more demanding of the majorities", "the liquidators designate"}, {"La dissolution du Commun emporte celle de la Structure porteuse", "la plus exigeante des majorités", "les liquidateurs désignent"}}},
	{"the first organs of a legal entity are appointed by its statutes or its founding act",
		members,
		[2][]string{nil, nil},
		[2][]string{{"an interim Steering Committee"}, {"un Comité de pilotage provisoire"}}},
	{"the decisions the statutes or the law reserve to an organ of the legal entity are only proposals of the bodies of the Commons",
		members,
		[2][]string{{"are proposals, which the competent organ shall consider"}, {"constituent des propositions, que l’organe compétent examine"}},
		[2][]string{nil, nil}},
	{"a SCIC: members' commitments increased only with their consent (C. civ. 1836), classes of members (law of 1947, Art. 19 septies), devolution by its general meeting (Art. 19), limited profit (Art. 19 nonies)",
		vehicleIs("scic"),
		[2][]string{{"(French Civil Code, Article 1836, second paragraph)", "Article 19 septies", "Article 19 of the law of 10 September 1947", "Article 19 nonies", "cooperative audit"},
			{"(Code civil, article 1836, alinéa 2)", "article 19 septies", "article 19 de la loi du 10 septembre 1947", "article 19 nonies", "révision coopérative"}},
		[2][]string{{"The Commons is not run for profit"}, {"Le Commun n’a pas de but lucratif"}}},
	{"a SCIC in formation: acts before registration taken over (C. com. L. 210-6); one already registered has no such acts, its associates being the founding Members",
		func(vals questionnaire.Values) bool {
			return vehicleIs("scic")(vals) && vals["legal.existing_entity"] != true
		},
		[2][]string{{"Article L. 210-6"}, {"article L. 210-6"}},
		[2][]string{nil, nil}},
	{"the general meeting of a SCIC in the form of an SA meets and cannot decide by written consultation (C. com. L. 225-107); it decides on an early dissolution as an extraordinary general meeting (L. 225-246), and the steering committee can only be its board",
		scicForm("sa"),
		[2][]string{{"it does not decide by written consultation", "extraordinary general meeting of the Legal Entity (French Commercial Code, Article L. 225-246)", "in the form of a société anonyme"},
			{"elle ne statue pas par consultation écrite", "assemblée générale extraordinaire de celle-ci (Code de commerce, article L. 225-246)", "sous la forme d’une société anonyme"}},
		[2][]string{{"may also decide by written consultation", "Article L. 227-9", "Article L. 223-"}, {"peut également statuer par consultation écrite", "article L. 227-9", "article L. 223-"}}},
	{"a SCIC in the form of an SARL has managers and no board, and decides on its dissolution as an amendment of its statutes (C. com. L. 223-18, L. 223-30)",
		scicForm("sarl"),
		[2][]string{{"on the conditions required to amend its statutes (French Commercial Code, Article L. 223-30)", "in the form of a société à responsabilité limitée"},
			{"aux conditions requises pour la modification des statuts (Code de commerce, article L. 223-30)", "sous la forme d’une société à responsabilité limitée"}},
		[2][]string{{"board of directors", "extraordinary general meeting", "Article L. 225-", "Article L. 227-"}, {"conseil d’administration", "assemblée générale extraordinaire", "article L. 225-", "article L. 227-"}}},
	{"a SARL has at most one hundred members, and is dissolved within a year beyond them unless converted (C. com. L. 223-3): the charter stops admissions there",
		scicForm("sarl"),
		[2][]string{{"may not have more than one hundred members (French Commercial Code, Article L. 223-3)", "no membership that would raise their number above that limit takes effect"},
			{"ne peut compter plus de cent associés (Code de commerce, article L. 223-3)", "aucune adhésion qui porterait leur nombre au-delà ne prend effet"}},
		[2][]string{nil, nil}},
	{"a SARL is managed by natural persons whom the members appoint and dismiss (C. com. L. 223-18, L. 223-25, L. 223-29); limits on their powers bind them only internally",
		scicForm("sarl"),
		[2][]string{{"managers (gérants), who are natural persons and whom the members appoint and dismiss", "these stipulations cannot be relied on against third parties (Article L. 223-18)"},
			{"gérants, personnes physiques, que les associés nomment et révoquent", "ces stipulations ne sont pas opposables aux tiers (article L. 223-18)"}},
		[2][]string{nil, nil}},
	{"only a SARL has the ceiling of one hundred members",
		func(vals questionnaire.Values) bool { return !scicForm("sarl")(vals) },
		[2][]string{nil, nil},
		[2][]string{{"one hundred members"}, {"cent associés"}}},
	{"the members of a SARL may require a meeting and ask the court for an agent to convene it, whatever the charter says (C. com. L. 223-27, third and fourth paragraphs)",
		scicForm("sarl"),
		[2][]string{{"may request that a meeting be held, and any member may apply to the court for the appointment of an agent", "without prejudice to the rights that the law gives the members of the Legal Entity"},
			{"peuvent demander la réunion d’une assemblée, et tout associé peut demander en justice la désignation d’un mandataire", "sans préjudice des droits que la loi ouvre aux associés"}},
		[2][]string{nil, nil}},
	{"the shareholders of an SA holding 5% of the capital may have an agent appointed by the court to convene the general meeting (C. com. L. 225-103)",
		scicForm("sa"),
		[2][]string{{"at the request of any interested person in an emergency or of one or more shareholders holding at least 5% of the share capital"},
			{"à la demande de tout intéressé en cas d’urgence ou d’un ou plusieurs actionnaires réunissant au moins 5 % du capital social"}},
		[2][]string{nil, nil}},
	{"the accounts of a SARL are approved by more than half of the members, then by a majority of the votes cast (C. com. L. 223-29), and its dissolution needs two-thirds of the votes present or represented with a quorum (L. 223-30), whatever rule the charter chooses",
		scicForm("sarl"),
		[2][]string{{"| Members holding more than half of the votes; failing that, on a second notice or consultation", "| Two-thirds of the votes of the members present or represented"},
			{"| Associés représentant plus de la moitié des voix ; à défaut, sur seconde convocation ou consultation", "| Deux tiers des voix des associés présents ou représentés"}},
		[2][]string{nil, nil}},
	{"the accounts of an SA are approved by an ordinary general meeting (C. com. L. 225-98), its dissolution by an extraordinary one (L. 225-96), whatever rule the charter chooses",
		scicForm("sa"),
		[2][]string{{"| Majority of the votes cast, the members present or represented holding on first notice at least one fifth", "| Two-thirds of the votes cast, the meeting deciding validly only if"},
			{"| Majorité des voix exprimées, les associés présents ou représentés détenant sur première convocation au moins le cinquième", "| Deux tiers des voix exprimées, l’assemblée ne délibérant valablement que si"}},
		[2][]string{nil, nil}},
	{"the organ of a SCIC's statutes that approves a new member refuses only on the grounds and under the procedure of the charter, so that the applicant's safeguards are not bypassed",
		vehicleIs("scic"),
		[2][]string{{"the organ that they designate", "only on one of the grounds and under the procedure of this article"},
			{"l’organe qu’ils désignent", "que pour l’un des motifs et selon la procédure du présent article"}},
		[2][]string{nil, nil}},
	{"a budget decision of the charter replaces neither the decision that fixes the officers' pay nor the procedure for regulated agreements (C. com. L. 223-18, L. 223-19, L. 225-38 to L. 225-42, L. 227-10)",
		vehicleIs("scic"),
		[2][]string{{"without prejudice to the rules that the law and the statutes of the Legal Entity set for the remuneration of its officers"},
			{"sans préjudice des règles que fixent la loi et les statuts de la Structure porteuse pour la rémunération de ses dirigeants"}},
		[2][]string{nil, nil}},
	{"a suspended member of an association or a company still receives the notices and documents of its general meeting and votes in it (C. civ. 1844; C. com. L. 223-26)",
		members,
		[2][]string{{"to receive its notices and documents and to vote in it"}, {"d’en recevoir les convocations et les documents et d’y voter"}},
		[2][]string{nil, nil}},
	{"the first steering committee of a legal entity is appointed by its statutes, and its members are drawn into the groups of the staggered renewal at the first Assembly",
		func(vals questionnaire.Values) bool {
			return members(vals) && answer(vals, "governance.steering") == "true" && answer(vals, "governance.steering_term_years") != "1" && (strings.HasPrefix(answer(vals, "version"), "0.") || strings.HasPrefix(answer(vals, "version"), "1."))
		},
		[2][]string{{"its members are allocated by lot, at the first meeting of the Assembly, among the groups provided for in"},
			{"ses membres sont répartis par tirage au sort, lors de la première réunion de l’Assemblée, entre les groupes prévus à"}},
		[2][]string{nil, nil}},
	{"a SCIC in the form of an SAS decides collectively as its statutes provide (C. com. L. 227-9) and is represented by its president (L. 227-6)",
		scicForm("sas"),
		[2][]string{{"deciding collectively as the members of the Legal Entity (French Commercial Code, Article L. 227-9)", "in the form of a société par actions simplifiée"},
			{"statuant par une décision collective des associés de celle-ci (Code de commerce, article L. 227-9)", "sous la forme d’une société par actions simplifiée"}},
		[2][]string{{"extraordinary general meeting", "Article L. 225-", "Article L. 223-"}, {"assemblée générale extraordinaire", "article L. 225-", "article L. 223-"}}},
	{"a member of a SCIC is bound to pay a fee or to contribute back only by the statutes accepted on subscribing for shares (C. civ. 1836)",
		func(vals questionnaire.Values) bool {
			return vehicleIs("scic")(vals) && (slices.Contains(multi(vals, "economy.funding"), "membership-fees") || answer(vals, "economy.reciprocity") == "members-commit")
		},
		[2][]string{{"only to the extent that the statutes of the Legal Entity, which that Member accepts when subscribing for shares, stipulate"},
			{"que dans la mesure où les statuts de la Structure porteuse, qu’il accepte en souscrivant ses parts sociales,"}},
		[2][]string{{"This commitment binds the Members as such", "are stipulated in the statutes", "is stipulated in the statutes"},
			{"Cet engagement lie les Membres en cette qualité", "sont stipulés dans les statuts", "est stipulée dans les statuts", "est stipulé dans les statuts"}}},
	{"the net assets of an association go where its statutes or its general meeting decide, failing which the decree of 16 August 1901 applies; never to a beneficiary its liquidators choose",
		vehicleIs("association"),
		[2][]string{{"Article 9 of the law of 1 July 1901", "the decree of 16 August 1901 implementing the law of 1 July 1901 applies"},
			{"l’article 9 de la loi du 1er juillet 1901", "il est procédé comme le prévoit le décret du 16 août 1901"}},
		[2][]string{{"the Legal Entity shall designate a beneficiary", "the liquidators shall designate"}, {"la Structure porteuse désigne un bénéficiaire", "les liquidateurs désignent"}}},
	{"the net assets of a SCIC go, by decision of its general meeting, only to another cooperative or to a body of general interest (law of 1947, Art. 19)",
		vehicleIs("scic"),
		[2][]string{{"of general interest within the meaning of Article 19 of the law of 10 September 1947"},
			{"d’intérêt général au sens de l’article 19 de la loi du 10 septembre 1947"}},
		[2][]string{{"the Legal Entity shall designate a beneficiary", "the liquidators shall designate"}, {"la Structure porteuse désigne un bénéficiaire", "les liquidateurs désignent"}}},
	{"a public body gives away nothing without a public-interest reason and a counterpart",
		func(vals questionnaire.Values) bool {
			return vehicleIs("public-body")(vals) && answer(vals, "exit.devolution") != "public-body"
		},
		[2][]string{{"shall state the public-interest reason for the transfer"}, {"constate le motif d’intérêt général du transfert"}},
		[2][]string{nil, nil}},
	{"a public body accepts a gift only by a decision of its competent organ",
		func(vals questionnaire.Values) bool {
			return vehicleIs("public-body")(vals) && slices.Contains(multi(vals, "economy.funding"), "donations")
		},
		[2][]string{{"which the Legal Entity accepts only by a decision of its competent organ"}, {"que la Structure porteuse n’accepte que par une décision de son organe compétent"}},
		[2][]string{nil, nil}},
	{"a French public body may require no fee for a vote in the assembly: what Members pay is a voluntary gift, with no duty to pay and no exclusion (Const. art. 34; CE 1958 SNTA)",
		func(vals questionnaire.Values) bool {
			return vehicleIs("public-body")(vals) && answer(vals, "governing_law") == "FR" && slices.Contains(multi(vals, "economy.funding"), "membership-fees")
		},
		[2][]string{{"**Voluntary contributions from Members**, which the Legal Entity, a public body, receives as gifts", "no Member is bound to pay any"},
			{"**Contributions volontaires des Membres**, que la Structure porteuse, personne publique, reçoit comme des dons", "aucun Membre n'est tenu d'en verser"}},
		[2][]string{{"**Membership fees**", "Failure to pay the membership fee", "the fees they have paid", "collection of membership fees"},
			{"**Cotisations**", "Le défaut de paiement de la cotisation", "les cotisations versées", "recouvrement des cotisations"}}},
	{"elsewhere a public body sets its fees by its competent organ, on the proposal of the body that decides the budget",
		func(vals questionnaire.Values) bool {
			return vehicleIs("public-body")(vals) && answer(vals, "governing_law") != "FR" && slices.Contains(multi(vals, "economy.funding"), "membership-fees")
		},
		[2][]string{{"by the competent organ of the Legal Entity, on a proposal of"}, {"par l'organe compétent de la Structure porteuse, sur proposition"}},
		[2][]string{{"to which they apply, by budget decision", "on a proposal made by budget decision"}, {"auquel il s'applique, par décision budgétaire", "sur proposition arrêtée par décision budgétaire"}}},
	{"a fee is set before the year it is due for, and an individual who leaves before then owes nothing (C. consom. L. 212-1: a term that binds a consumer to a price set later, without a way out, is unfair)",
		func(vals questionnaire.Values) bool {
			return slices.Contains(multi(vals, "economy.funding"), "membership-fees") && !(answer(vals, "governing_law") == "FR" && vehicleIs("public-body")(vals)) &&
				!(answer(vals, "governing_law") == "FR" && vehicleIs("fiscal-host")(vals) && answer(vals, "legal.host_form") == "endowment-fund")
		},
		[2][]string{{"set each year, before the start of the financial year to which they apply,", "a Member who leaves before a financial year starts does not owe the fee for it"},
			{"fixé chaque année, avant le début de l'exercice auquel il s'applique,", "le Membre qui part avant le début d'un exercice ne doit pas la cotisation de celui-ci"}},
		[2][]string{nil, nil}},
	{"a public body sells services only within its powers, for a public interest, at a price covering all costs, with no advantage from its public-service missions (CE 2006 Ordre des avocats; CE 2000 Jean-Louis Bernard Consultants)",
		func(vals questionnaire.Values) bool {
			return vehicleIs("public-body")(vals) && slices.Contains(multi(vals, "economy.funding"), "services")
		},
		[2][]string{{"only within its powers and where a public interest justifies it", "shall cover all their direct and indirect costs"},
			{"que dans les limites de ses compétences et lorsqu'un intérêt public le justifie", "couvre l'ensemble de leurs coûts directs et indirects"}},
		[2][]string{nil, nil}},
	{"a legal entity whose paid services charge for software of the commons, or for support beyond costs, places it on the market and is its CRA manufacturer (art. 3(13), recital 15)",
		func(vals questionnaire.Values) bool {
			res := multi(vals, "commons.resources")
			return vehicleIs("association", "fiscal-host", "scic", "public-body")(vals) && slices.Contains(multi(vals, "economy.funding"), "services") &&
				(len(res) == 0 || slices.Contains(res, "software"))
		},
		[2][]string{{"places that software on the market in the course of a commercial activity and is its manufacturer"}, {"met ce logiciel sur le marché dans le cadre d'une activité commerciale et en est le fabricant"}},
		[2][]string{nil, nil}},
	{"a sanction that restricts access to a public body's spaces is an administrative decision that the public body pronounces, the conduct committee only proposing it",
		vehicleIs("public-body"),
		[2][]string{{"are, however, pronounced only by the Legal Entity, on the Committee's proposal", "its decision is a reasoned proposal, and the sanction is pronounced by the Legal Entity"},
			{"ne sont toutefois prononcées que par la Structure porteuse, sur la proposition du Comité", "sa décision constitue une proposition motivée, et la sanction est prononcée par la Structure porteuse"}},
		[2][]string{{"Where the Conduct Committee decides on a temporary or permanent ban"}, {"Lorsque le Comité du code de conduite décide d'une exclusion temporaire ou définitive"}}},
	{"a French public body's decision is open to an administrative appeal and to the administrative court within two months (CJA R. 421-1, CRPA L. 411-2)",
		func(vals questionnaire.Values) bool {
			return vehicleIs("public-body")(vals) && answer(vals, "governing_law") == "FR"
		},
		[2][]string{{"is open to an administrative appeal to it (recours gracieux) and to an action before the competent administrative court", "An opinion not given within that time is deemed favourable"},
			{"peut faire l'objet d'un recours gracieux auprès d'elle et d'un recours devant le tribunal administratif compétent", "L'avis qui n'a pas été rendu dans ce délai est réputé favorable"}},
		[2][]string{nil, nil}},
	{"a public body disposes of its property only by a decision of its own organ, and designates the holders of its accounts (CGPPP)",
		func(vals questionnaire.Values) bool {
			return vehicleIs("public-body")(vals) && answer(vals, "assets.holder") == "entity"
		},
		[2][]string{{"disposes of them only by a decision of its competent organ", "designated by the Legal Entity, on a proposal of"},
			{"n'en dispose que par décision de son organe compétent", "désignées par la Structure porteuse, sur proposition"}},
		[2][]string{{"It shall use them and dispose of them only on the decisions of the bodies of the Commons"}, {"Elle n'en use et n'en dispose que sur décision des instances du Commun"}}},
	{"the general meeting and the board of a société anonyme meet: the fallback of consensus follows two meetings, not written consultations (C. com. L. 225-37, L. 225-107)",
		scicForm("sa"),
		[2][]string{nil, nil},
		// The Conduct Committee, which is no organ of the company, may
		// still decide "at the first meeting or consultation of the
		// Committee": only the fallback of the Assembly's consensus is meant.
		[2][]string{{"two successive meetings or consultations", "at the first meeting or consultation of the Assembly"}, {"deux réunions ou consultations successives", "lors de la première réunion ou consultation de l'Assemblée"}}},
	{"a host does not keep for itself what it holds for the commons, unless the assembly agrees",
		vehicleIs("fiscal-host"),
		[2][]string{{"other than the Legal Entity itself unless the Assembly agreed to it"}, {"autre qu’elle-même sauf accord de l’Assemblée"}},
		[2][]string{nil, nil}},
	{"without legal personality, the members who wind up the commons choose the beneficiary when the assembly has not",
		vehicleIs("none", "de-facto-association"),
		[2][]string{{"the Members who wind up the affairs of the Commons shall designate a beneficiary"}, {"les Membres chargés de liquider les affaires du Commun désignent un bénéficiaire"}},
		[2][]string{nil, nil}},
	{"a public body decides through its competent organ; the bodies of the Commons give opinions",
		vehicleIs("public-body"),
		[2][]string{{"are opinions"}, {"constituent des avis"}},
		[2][]string{nil, nil}},
	{"a host acts through its own organs, which keep their statutory powers",
		vehicleIs("fiscal-host"),
		[2][]string{{"its organs keep the powers that its statutes and the law give them"}, {"ses organes conservent les pouvoirs que leur donnent ses statuts et la loi"}},
		[2][]string{nil, nil}},
	{"without legal personality, nothing is received in the name of the Commons: a member holds funds as agent of all, and the members are joint controllers of personal data",
		vehicleIs("none", "de-facto-association"),
		[2][]string{{"as the agent (mandataire) of all the Members", "are joint controllers", "it creates no agency other than those that it organises expressly"},
			{"en qualité de mandataire de l’ensemble des Membres", "en sont responsables conjoints", "elle ne crée d’autres mandats que ceux qu’elle organise expressément"}},
		[2][]string{{"Legal Entity", "A Member who receives funds intended for the Commons", "nor any employment or agency relationship"},
			{"Structure porteuse", "Le Membre qui reçoit des fonds destinés au Commun", "ni aucun lien de subordination ou de mandat"}}},
	{"without legal personality, a grant or a donation can reach the commons only through a member",
		func(vals questionnaire.Values) bool {
			return vehicleIs("none", "de-facto-association")(vals) && len(multi(vals, "economy.funding")) > 0 &&
				(slices.Contains(multi(vals, "economy.funding"), "grants") || slices.Contains(multi(vals, "economy.funding"), "donations"))
		},
		[2][]string{{"cannot receive"}, {"recevoir lui-même"}},
		[2][]string{{"accounted for to the funder.\n", "with no counterpart.\n"}, {"dont il est rendu compte au financeur.\n", "sans contrepartie.\n"}}},
	{"without legal personality, a public body can pay the commons nothing",
		func(vals questionnaire.Values) bool {
			return vehicleIs("none", "de-facto-association")(vals) && slices.Contains(multi(vals, "membership.classes"), "public-bodies")
		},
		[2][]string{{"since there is no legal person that could receive it"}, {"faute de personne morale qui puisse la recevoir"}},
		[2][]string{nil, nil}},
	{"a forum clause binds, in French domestic law, only parties who all contracted as traders (CPC art. 48), and never takes a copyright dispute from its specialised court (COJ D. 211-6-1): only the commercial company that a SCIC is names its seat's courts, with both provisos",
		vehicleIs("scic"),
		[2][]string{{"before the courts of the place of the seat of the Legal Entity, without departing from", "the rules that reserve intellectual property disputes to specialised courts, or from the rules that protect consumers"},
			{"devant les juridictions du lieu du siège de la Structure porteuse, sans déroger ni", "ni aux règles qui réservent les litiges de propriété intellectuelle à des juridictions spécialisées, ni aux règles protectrices des consommateurs"}},
		[2][]string{{"this Charter chooses no court"}, {"la Charte n'en choisit aucune"}}},
	{"an association, a host or a public body is no trader, and most of its members are not either: its charter chooses no court and leaves copyright disputes to the specialised courts (CPC art. 48, COJ D. 211-6-1)",
		vehicleIs("association", "fiscal-host", "public-body"),
		[2][]string{{"before the court that the rules of jurisdiction of the law designate; this Charter chooses no court", "Intellectual property disputes belong to the specialised courts that the law designates"},
			{"devant la juridiction que désignent les règles de compétence de la loi ; la Charte n'en choisit aucune", "Les litiges de propriété intellectuelle relèvent des juridictions spécialisées que la loi désigne"}},
		[2][]string{{"courts of the place of the seat"}, {"juridictions du lieu du siège"}}},
	{"a commitment to contribute back in proportion has no determinable object (C. civ. 1163 to 1165): it is a commitment of honour, binding a SCIC's members only where the statutes set its extent",
		func(vals questionnaire.Values) bool {
			return answer(vals, "economy.reciprocity") == "members-commit" && !vehicleIs("scic")(vals)
		},
		[2][]string{{"This commitment is a commitment of honour, whose breach exposes the Member to no sanction"}, {"Cet engagement est un engagement d'honneur, dont l'inexécution n'expose le Membre à aucune sanction"}},
		[2][]string{{"binds a Member only from the year after", "This commitment binds the Members as such"}, {"ne s'imposent à un Membre qu'à compter", "Cet engagement lie les Membres en cette qualité"}}},
	{"a SCIC's statutes may make the reciprocity commitment binding by setting its extent; otherwise it is a commitment of honour",
		func(vals questionnaire.Values) bool {
			return answer(vals, "economy.reciprocity") == "members-commit" && vehicleIs("scic")(vals)
		},
		[2][]string{{"Where the statutes of the Legal Entity so provide and set its extent, this commitment binds the Members", "otherwise it is a commitment of honour"},
			{"Lorsque les statuts de la Structure porteuse le stipulent en en fixant l'étendue, cet engagement lie les Membres", "à défaut, il est un engagement d'honneur"}},
		[2][]string{nil, nil}},
	{"an association's paid services stay outside commercial taxes only under disinterested management, predominant non-profit activities and, in competition, the four-criteria test (CGI 206, 1 bis; BOI-IS-CHAMP-10-50-10-20)",
		func(vals questionnaire.Values) bool {
			return vehicleIs("association")(vals) && slices.Contains(multi(vals, "economy.funding"), "services")
		},
		[2][]string{{"its non-profit activities remain significantly predominant", "judged by the product offered, the public served, the prices charged and the advertising used", "as long as their receipts remain within the exemption threshold of Article 206, 1 bis"},
			{"ses activités non lucratives restent significativement prépondérantes", "appréciées selon le produit proposé, le public visé, les prix pratiqués et la publicité faite", "tant que leurs recettes restent dans la limite de la franchise prévue à l'article 206, 1 bis"}},
		[2][]string{{"and their receipts within the exemption"}, {"et leurs recettes dans la limite"}}},
	{"personal data in the resources may come from what the person makes public in the course of their activity, none reveals health or disability, and a request not to appear is an objection (GDPR art. 21)",
		func(vals questionnaire.Values) bool { return answer(vals, "commons.personal_data") == "true" },
		[2][]string{{"information that the person makes public in the course of their activity, such as what they display or disseminate", "a person's request not to appear in the Resources is an objection within the meaning of Article 21 of the GDPR", "nor any information from which the health or disability of an identifiable person could be inferred"},
			{"les informations que la personne rend elle-même publiques dans l'exercice de son activité, telles qu'elle les affiche ou les diffuse", "la demande d'une personne de ne pas figurer dans les Ressources vaut opposition au sens de l'article 21 du RGPD", "ni aucune information dont se déduirait l'état de santé ou le handicap d'une personne identifiable"}},
		[2][]string{nil, nil}},
	{"anyone may notify unlawful content of the resources (DSA arts. 16-17), and whoever runs the commons' websites displays the publisher's legal notices (LCEN)",
		func(questionnaire.Values) bool { return true },
		[2][]string{{"that they consider unlawful. The notice shall state the reasons", "by a reasoned decision that states the available means of redress", "requires of a provider of hosting services", "publisher of"},
			{"qu'elle estime illicite. Le signalement indique les motifs", "par une décision motivée qui indique les voies de recours ouvertes", "impose au fournisseur de services d'hébergement", "l'éditeur"}},
		[2][]string{nil, nil}},
	{"the legal entity publishes the legal notices of the commons' websites",
		vehicleIs("association", "fiscal-host", "scic", "public-body"),
		[2][]string{{"The Legal Entity is the publisher of the websites of the Commons"}, {"La Structure porteuse est l'éditeur des sites du Commun"}},
		[2][]string{{"is the Member who runs it"}, {"est le Membre qui l'exploite"}}},
	{"without a legal entity, the member who runs a website publishes its legal notices",
		vehicleIs("none", "de-facto-association"),
		[2][]string{{"is the Member who runs it", "That Member shall publish on it"}, {"est le Membre qui l'exploite", "Ce Membre y publie"}},
		[2][]string{nil, nil}},
	{"outgoing members of a steering committee stay in office until their successors are elected, so that a late meeting leaves no gap; a société anonyme's board follows company law instead",
		func(vals questionnaire.Values) bool {
			return answer(vals, "governance.steering") == "true" && !boardOfSA(vals)
		},
		[2][]string{{"Outgoing members remain in office until the meeting of the Assembly that elects their successors"}, {"Les membres sortants restent en fonctions jusqu'à la réunion de l'Assemblée qui élit leurs successeurs"}},
		[2][]string{nil, nil}},
	{"conduct reports: special-category data rest on explicit consent, or on legal claims only when proceedings are brought or contemplated, and what was not needed is deleted (GDPR arts. 5(1)(c), 9(2))",
		func(questionnaire.Values) bool { return true },
		[2][]string{{"such as the author of the report for the data about themselves, has given explicit consent to it (Article 9(2)(a)), where that person has manifestly made them public (point (e)), or where their processing is strictly necessary to establish, exercise or defend legal claims in proceedings brought or contemplated (point (f))", "and those that the author of the report did not need to give, are deleted on receipt"},
			{"tel l'auteur du signalement pour les données qui le concernent, y a explicitement consenti (article 9, paragraphe 2, point a), si cette personne les a manifestement rendues publiques (point e) ou si leur traitement est strictement nécessaire à la constatation, à l'exercice ou à la défense d'un droit en justice dans une procédure engagée ou envisagée (point f)", "et celles que l'auteur du signalement n'avait pas besoin de fournir, sont supprimées dès leur réception"}},
		[2][]string{nil, nil}},
	{"the statutes of a company commonly reserve the setting of membership fees to its general meeting",
		func(vals questionnaire.Values) bool {
			return members(vals) && !vehicleIs("association")(vals) && answer(vals, "governance.steering") == "true" && slices.Contains(multi(vals, "economy.funding"), "membership-fees")
		},
		[2][]string{{"Steering Committee, or the Assembly where the statutes of the Legal Entity reserve the setting of membership fees to it", "or by the Assembly where the statutes of the Legal Entity reserve their setting to it"},
			{"Comité de pilotage, ou l'Assemblée lorsque les statuts de la Structure porteuse lui réservent la fixation des cotisations", "ou par l'Assemblée lorsque les statuts de la Structure porteuse lui en réservent la fixation"}},
		[2][]string{nil, nil}},
	{"in an association, the general meeting sets the membership fees on the steering committee's proposal, unless the statutes provide otherwise (RU-11)",
		func(vals questionnaire.Values) bool {
			return vehicleIs("association")(vals) && answer(vals, "governance.steering") == "true" && slices.Contains(multi(vals, "economy.funding"), "membership-fees")
		},
		[2][]string{{"Steering Committee; for membership fees, the Assembly, on its proposal, unless the statutes of the Legal Entity provide otherwise", "by the Assembly, on a proposal of the Steering Committee, by simple majority"},
			{"Comité de pilotage ; pour les cotisations, l'Assemblée, sur sa proposition, sauf si les statuts de la Structure porteuse en disposent autrement", "par l'Assemblée, sur proposition du Comité de pilotage, à la majorité simple"}},
		[2][]string{{"where the statutes of the Legal Entity reserve"}, {"lorsque les statuts de la Structure porteuse lui"}}},
	{"a minor joins an association freely but, under sixteen, holds office only with the legal representative's prior written agreement (law of 1901, art. 2 bis); elsewhere a minor joins only with that agreement",
		func(vals questionnaire.Values) bool {
			return vehicleIs("association")(vals) && slices.Contains(multi(vals, "membership.classes"), "individuals")
		},
		[2][]string{{"a minor joins freely (law of 1 July 1901, Article 2 bis)", "only with the prior written agreement of their legal representative"},
			{"un mineur adhère librement (loi du 1er juillet 1901, article 2 bis)", "qu'avec l'accord écrit préalable de son représentant légal"}},
		[2][]string{nil, nil}},
	{"from sixteen a minor holds office in an association freely, the legal representatives being informed, and no minor performs an act of disposal (law of 1901, art. 2 bis)",
		func(vals questionnaire.Values) bool {
			return vehicleIs("association")(vals) && slices.Contains(multi(vals, "membership.classes"), "individuals")
		},
		[2][]string{{"from sixteen, a minor holds office freely, and the Legal Entity shall inform each of their legal representatives without delay", "unless their legal representative expressly objects", "in no case does a Member who is a minor perform an act of disposal"},
			{"à partir de seize ans, il exerce librement ces fonctions, et la Structure porteuse en informe sans délai chacun de ses représentants légaux", "sauf opposition expresse de son représentant légal", "en aucun cas un Membre mineur n'accomplit d'acte de disposition"}},
		[2][]string{nil, nil}},
	{"the members of a steering committee that is an organ of an association or a SCIC other than an SA are removed as its statutes provide, a société anonyme's directors at any time by the general meeting (C. com. L. 225-18)",
		func(vals questionnaire.Values) bool {
			return members(vals) && answer(vals, "governance.steering") == "true" && !boardOfSA(vals)
		},
		[2][]string{{"may remove them under the conditions set by the statutes of the Legal Entity or, failing that, by simple majority"},
			{"peut les révoquer dans les conditions que fixent les statuts de la Structure porteuse ou, à défaut, à la majorité simple"}},
		[2][]string{nil, nil}},
	{"elsewhere the assembly removes the steering committee's members by simple majority",
		func(vals questionnaire.Values) bool {
			return answer(vals, "governance.steering") == "true" && (!members(vals) || boardOfSA(vals))
		},
		[2][]string{{"may remove them by simple majority"}, {"peut les révoquer à la majorité simple"}},
		[2][]string{{"may remove them under the conditions set by the statutes"}, {"peut les révoquer dans les conditions que fixent les statuts"}}},
	{"outside an association, declared or not (loi 1901, art. 2 bis, applies to both), a minor becomes a member only with the legal representative's agreement",
		func(vals questionnaire.Values) bool {
			return !vehicleIs("association", "de-facto-association", "scic")(vals) && slices.Contains(multi(vals, "membership.classes"), "individuals")
		},
		[2][]string{{"only with the written agreement of each of their legal representatives, and then exercises their right to vote alone"}, {"qu'avec l'accord écrit de chacun de ses représentants légaux, et exerce ensuite seul son droit de vote"}},
		[2][]string{{"a minor joins freely"}, {"un mineur adhère librement"}}},
	{"in a SCIC, an unemancipated minor subscribes for shares only through their legal administrators (Civil Code, art. 382 et seq.; RO-10)",
		func(vals questionnaire.Values) bool {
			return vehicleIs("scic")(vals) && slices.Contains(multi(vals, "membership.classes"), "individuals")
		},
		[2][]string{{"a minor who is not emancipated becomes a Member, and subscribes for shares, only through their legal administrators"}, {"un mineur non émancipé ne devient Membre, et ne souscrit de parts sociales, que par l'intermédiaire de ses administrateurs légaux"}},
		[2][]string{{"a minor joins freely", "only with the written agreement of their legal representative"}, {"un mineur adhère librement", "qu'avec l'accord écrit de son représentant légal"}}},
	{"reusers of an ODbL database must give notice of its source (ODbL 4.3): the charter suggests a wording without adding a condition",
		func(vals questionnaire.Values) bool {
			return answer(vals, "licences.data") == "ODbL-1.0" && slices.Contains(multi(vals, "commons.resources"), "data")
		},
		[2][]string{{"the Commons asks reusers to write", "this request adds no condition to the licence"}, {"le Commun demande aux réutilisateurs d'écrire", "cette demande n'ajoute aucune condition à la licence"}},
		[2][]string{nil, nil}},
	{"the legal person that hosts the content answers for it as a hosting provider (LCEN art. 6; DSA arts. 16-17): it decides on a notice, on a proposal from the Technical Committee, and tells whoever provided the content, Contributor or not",
		vehicleIs("association", "fiscal-host", "scic", "public-body"),
		[2][]string{{"The Legal Entity shall acknowledge receipt of it and, on a proposal from the Technical Committee, examine it", "inform the person who provided that content, whether or not a Contributor,"},
			{"La Structure porteuse en accuse réception et, sur proposition du Comité technique, l'examine", "en informe la personne qui a fourni ce contenu, qu'elle ait ou non la qualité de Contributeur,"}},
		[2][]string{{"The Technical Committee shall acknowledge receipt", "the Contributor concerned"}, {"Le Comité technique en accuse réception", "le Contributeur concerné"}}},
	{"without legal personality, the Member who administers the space that holds the content is the one who can answer for it",
		vehicleIs("none", "de-facto-association"),
		[2][]string{{"The Member who administers the website or space of the Commons where the content is published shall acknowledge receipt of it and, on a proposal from the Technical Committee", "inform the person who provided that content, whether or not a Contributor,"},
			{"Le Membre qui administre le site ou l'espace du Commun où le contenu est publié en accuse réception et, sur proposition du Comité technique", "en informe la personne qui a fourni ce contenu, qu'elle ait ou non la qualité de Contributeur,"}},
		[2][]string{{"The Technical Committee shall acknowledge receipt", "the Contributor concerned"}, {"Le Comité technique en accuse réception", "le Contributeur concerné"}}},
	{"a legal entity is the sole controller: the bodies of the Commons, without legal personality, act under its authority (GDPR art. 29), and the Members as a group, who have none either, are neither joint controllers nor holders of the legitimate interest it relies on",
		vehicleIs("association", "fiscal-host", "scic", "public-body"),
		[2][]string{{"The Legal Entity is the sole controller", "process these data only under the authority of the Legal Entity and on its instructions (GDPR, Article 29)"},
			{"La Structure porteuse est seule responsable", "ne traitent ces données que sous l'autorité de la Structure porteuse et sur ses instructions (RGPD, article 29)"}},
		[2][]string{{"joint controllers", "of the Legal Entity and of the Members"}, {"responsables conjoints", "de la Structure porteuse et des Membres"}}},
	{"the assets earmarked by a host follow, on its own dissolution, what its law and statutes allow for its net assets, and its statutes must carry a matching clause",
		func(vals questionnaire.Values) bool {
			return vehicleIs("fiscal-host")(vals) && !corporateFoundation(vals)
		},
		[2][]string{{"should the Legal Entity itself be dissolved, the assets earmarked for the Commons are transferred to", "the mandated persons first ascertain that the statutes of the Legal Entity contain a clause on the devolution of its assets that gives to that person, after payment of the debts, the net assets corresponding to the funds earmarked for the Commons"},
			{"en cas de dissolution de la Structure porteuse elle-même, les biens affectés au Commun sont transférés", "les personnes mandatées s'assurent au préalable que les statuts de la Structure porteuse comportent une clause de dévolution qui attribue à cette personne, après paiement des dettes, l'actif net correspondant aux fonds affectés au Commun"}},
		[2][]string{nil, nil}},
	{"a corporate foundation lasts a fixed term and its liquidator, not the Assembly, gives what it still holds to public or public-utility institutions; its founders, who sit on its board, stand aside from decisions on the Commons' assets",
		corporateFoundation,
		[2][]string{{"at the latest at the end of the term for which the Legal Entity, a corporate foundation, is created (Article 19-2", "months before the term, unless the founders have already decided to extend the foundation", "given by the liquidator, under Article 19-12", "the founders of the Legal Entity and their representatives on its board of directors take no part"},
			{"au plus tard au terme de la durée pour laquelle la Structure porteuse, fondation d'entreprise, est créée (article 19-2", "mois avant le terme, à moins que les fondateurs n'aient auparavant décidé de proroger la fondation", "attribués par le liquidateur, en application de l'article 19-12", "les fondateurs de la Structure porteuse et leurs représentants à son conseil d'administration ne prennent part"}},
		[2][]string{{"should the Legal Entity itself be dissolved", "allow its assets to be given"}, {"en cas de dissolution de la Structure porteuse elle-même", "permettent d'attribuer son actif"}}},
	{"the host, sole controller, has no contract with the Members: it keeps their register on its legitimate interest, not on a contract (GDPR art. 6(1)(b) needs the data subject to be party to a contract with the controller)",
		vehicleIs("fiscal-host"),
		[2][]string{{"the legitimate interest of the Legal Entity in hosting the Commons and performing the hosting agreement, to which the Members are not parties (GDPR, Article 6(1)(f))"},
			{"l'intérêt légitime de la Structure porteuse à accueillir le Commun et à exécuter la convention d'accueil, à laquelle les Membres ne sont pas parties (RGPD, article 6, paragraphe 1, point f)"}},
		[2][]string{{"which binds each Member (GDPR, Article 6(1)(b))"}, {"qui lie chaque Membre (RGPD, article 6, paragraphe 1, point b)"}}},
	{"a host has no statutes of the Commons to publish: Annex A lists the host's statutes with the hosting agreement",
		vehicleIs("fiscal-host"),
		[2][]string{{"| Statutes of the Legal Entity and hosting agreement with it |"}, {"| Statuts de la Structure porteuse et convention d'accueil conclue avec elle |"}},
		[2][]string{{"| Statutes of the Legal Entity |"}, {"| Statuts de la Structure porteuse |"}}},
	{"without a steering committee, a conduct file goes on appeal to a panel of three, never to every member",
		func(vals questionnaire.Values) bool { return answer(vals, "governance.steering") == "false" },
		[2][]string{{"to the Appeal Panel, which hears them"}, {"devant la Commission de recours, qui l’entend"}},
		[2][]string{{"to the Assembly, which hears them"}, {"devant l’Assemblée, qui l’entend"}}},
}

// A charter never purports to decide what the law of its legal vehicle
// reserves to the vehicle's organs or statutes, or settles itself:
// whatever the other answers, it says what that law says and refers to
// those organs where the law requires it.
func TestCharterLeavesToTheVehicleWhatItsLawReserves(t *testing.T) {
	k, _ := Lookup("charter")
	cases := charterCases(t, k)
	qq, _ := k.Questionnaire.Question("legal.vehicle")
	for _, vehicle := range qq.OptionIDs() {
		for _, steering := range []bool{true, false} {
			for i, form := range []string{"sa", "sas", "sarl"} {
				vals := k.Examples()
				vals["legal.vehicle"], vals["governance.steering"], vals["legal.company_form"] = vehicle, steering, form
				vals["exit.devolution"] = []string{"commons", "public-body", "foundation"}[i]
				vals["economy.funding"] = []string{"donations", "grants", "membership-fees", "services", "sponsorship"}
				vals["commons.resources"] = []string{"software", "data", "standard", "hardware"}
				vals["economy.public_accounts"] = !steering
				vals["membership.classes"] = []string{"individuals", "public-bodies", "companies"}
				vals["economy.reciprocity"] = "members-commit"
				vals["commons.personal_data"] = steering
				cases = append(cases, vals)
			}
		}
	}
	for _, raw := range cases {
		vals := k.Questionnaire.Resolve(raw)
		for li, l := range textfmt.All {
			doc, err := k.Assemble(raw, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			md := string(markdown.Render(doc))
			for _, r := range reserves {
				applies := r.applies(vals)
				for _, p := range r.must[li] {
					if applies && !strings.Contains(md, textfmt.Typeset(l, p)) {
						t.Fatalf("%s %s: %q is missing, while %s", l, describe(k, raw), p, r.why)
					}
				}
				for _, p := range r.never[li] {
					if applies && strings.Contains(md, textfmt.Typeset(l, p)) {
						t.Fatalf("%s %s: %q is printed, while %s", l, describe(k, raw), p, r.why)
					}
				}
			}
		}
	}
	t.Logf("%d charters", len(cases))
}

// The definition of the legal entity says what kind of person it is,
// whatever its name says: a company's documents must state its form
// (C. com. R. 123-237), and contributors who license their work to it
// must know whether it is an association, a cooperative, a host or a
// public body.
func TestCharterDefinesTheLegalEntityByItsForm(t *testing.T) {
	k, _ := Lookup("charter")
	forms := map[string][2]string{
		"association": {"a declared association that runs the Commons", "association déclarée qui porte le Commun"},
		"fiscal-host": {"that hosts the Commons", "qui accueille le Commun"},
		"public-body": {"the public body that provides the means", "personne publique qui fournit les moyens"},
		"scic":        {"a société coopérative d'intérêt collectif", "société coopérative d'intérêt collectif constituée sous la forme d'une"},
	}
	for vehicle, want := range forms {
		vals := k.Examples()
		vals["legal.vehicle"], vals["legal.existing_entity"] = vehicle, true
		for li, l := range textfmt.All {
			doc, err := k.Assemble(vals, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			var def string
			for _, c := range doc.Clauses {
				if c.ID == "definitions" {
					def = c.Body
				}
			}
			if !strings.Contains(def, textfmt.Typeset(l, want[li])) {
				t.Errorf("%s %s: the definitions do not say %q", l, vehicle, want[li])
			}
		}
	}
}

// The French clause on the legal form names the legal entity once: a
// name that begins with a common noun takes its article (« porté par
// l’Association Horaires en commun, association déclarée »), where « la
// personne morale dénommée Association… » would repeat the form; any
// other name keeps « dénommée ».
func TestCharterNamesTheLegalEntityWithItsArticle(t *testing.T) {
	k, _ := Lookup("charter")
	clauses := map[string]string{"association": "legal-association", "fiscal-host": "legal-fiscal-host", "scic": "legal-scic", "public-body": "legal-public-body"}
	named := map[string][2]string{
		"association": {"Association Horaires en commun", "porté par l’Association Horaires en commun, association déclarée"},
		"fiscal-host": {"Fonds de dotation pour les communs", "accueilli par le Fonds de dotation pour les communs, "},
		"scic":        {"Société coopérative Horaires", "porté par la Société coopérative Horaires, société coopérative"},
		"public-body": {"Ville de Sentiers", "porté par la Ville de Sentiers, personne publique, dont le siège est établi au 12 rue des Ateliers, 35000 Rennes, qui fournit"},
	}
	for vehicle, id := range clauses {
		for _, name := range []string{named[vehicle][0], "Horaires Libres"} {
			vals := k.Examples()
			vals["legal.vehicle"], vals["legal.entity_name"], vals["legal.existing_entity"] = vehicle, name, true
			doc, err := k.Assemble(vals, textfmt.FR, Final)
			if err != nil {
				t.Fatal(err)
			}
			c, _ := doc.Clause(id)
			want := textfmt.Typeset(textfmt.FR, "dénommée Horaires Libres")
			if name == named[vehicle][0] {
				want = textfmt.Typeset(textfmt.FR, named[vehicle][1])
			}
			if !strings.Contains(c.Body, want) || name != "Horaires Libres" && strings.Contains(c.Body, "dénommée") {
				t.Errorf("%s named %q: the clause does not say %q:\n%s", vehicle, name, want, c.Body)
			}
		}
	}
}

// A company whose statutes make its capital variable adds « à capital
// variable » to its form on every document (C. com. L. 231-2): the
// charter's definition of a SCIC says it in every form and language
// exactly when the answer says so.
func TestCharterStatesVariableCapital(t *testing.T) {
	k, _ := Lookup("charter")
	words := [2]string{"with variable capital (à capital variable)", "à capital variable"}
	for _, form := range []string{"sas", "sa", "sarl"} {
		for _, variable := range []bool{false, true} {
			vals := k.Examples()
			vals["legal.vehicle"], vals["legal.company_form"], vals["legal.variable_capital"] = "scic", form, variable
			for li, l := range textfmt.All {
				def := clauseWith(t, k, vals, nil, l, "definitions")
				if got := strings.Contains(def, textfmt.Typeset(l, words[li])); got != variable {
					t.Errorf("%s %s, variable capital %v: definition states it=%v:\n%s", l, form, variable, got, def)
				}
			}
		}
	}
}

// An association or a cooperative is named in the charter with its
// registered office and, once it exists, the number its register gives
// it: an association is registered in the national directory of
// associations (it is declared to the prefecture), a cooperative in the
// RCS of its registry's town (C. com. R. 123-237); an entity still to be
// declared or registered has no number to print.
func TestCharterIdentifiesTheLegalEntity(t *testing.T) {
	k, _ := Lookup("charter")
	for _, c := range []struct {
		vehicle, clause, registration string
		want                          [2]string
	}{
		{"association", "legal-association", "RNA W353012345", [2]string{"registered in the national directory of associations (RNA) under number W353012345", "inscrite au répertoire national des associations sous le numéro W353012345"}},
		{"scic", "legal-scic", "RCS Angers 912 345 678", [2]string{"registered in the Trade and Companies Register (RCS) of Angers under number 912 345 678", "immatriculée au RCS d’Angers sous le numéro 912 345 678"}},
	} {
		for _, existing := range []bool{false, true} {
			vals := k.Examples()
			vals["legal.vehicle"], vals["legal.existing_entity"] = c.vehicle, existing
			vals["legal.seat"], vals["legal.registration"] = "12 rue des Ateliers, 35000 Rennes", c.registration
			for li, l := range textfmt.All {
				doc, err := k.Assemble(vals, l, Final)
				if err != nil {
					t.Fatal(err)
				}
				cl, _ := doc.Clause(c.clause)
				body := strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(cl.Body)
				seat := [2]string{"whose registered office is at 12 rue des Ateliers, 35000 Rennes", "dont le siège est établi au 12 rue des Ateliers, 35000 Rennes"}[li]
				if !strings.Contains(body, seat) {
					t.Errorf("%s, %s, existing %v: no registered office %q:\n%s", c.vehicle, l, existing, seat, body)
				}
				if got := strings.Contains(body, c.want[li]); got != existing {
					t.Errorf("%s, %s, existing %v: registration printed=%v:\n%s", c.vehicle, l, existing, got, body)
				}
			}
		}
	}
}

// A research body among the Members owns its staff's inventions and must
// put them to use (CPI L. 611-7, Code de la recherche L. 112-1): its
// representative's vote cannot bind it not to patent beyond its own
// Contributions, which then need an agreement its competent organ
// approves; the undertaking is not limited where no research body may
// join.
func TestCharterPatentUndertakingOfResearchMembers(t *testing.T) {
	k, _ := Lookup("charter")
	words := [2]string{"is bound by this undertaking, beyond the Contributions it has itself made, only under an agreement that its competent organ approves", "n’est tenu par cet engagement, au-delà des Contributions qu’il a lui-même apportées, que dans les conditions d’une convention que son organe compétent approuve"}
	law := [2]string{"Article L. 611-7", "article L. 611-7"}
	for _, vehicle := range []string{"association", "scic", "none"} {
		for _, research := range []bool{false, true} {
			for _, governing := range []string{"FR", "BE"} {
				vals := k.Examples()
				vals["legal.vehicle"], vals["governing_law"] = vehicle, governing
				vals["commons.resources"] = []string{"software", "hardware"}
				vals["membership.classes"] = []string{"individuals", "non-profits"}
				if research {
					vals["membership.classes"] = []string{"individuals", "non-profits", "research"}
				}
				for li, l := range textfmt.All {
					doc, err := k.Assemble(vals, l, Final)
					if err != nil {
						t.Fatal(err)
					}
					c, _ := doc.Clause("licences-hardware")
					if got := strings.Contains(c.Body, textfmt.Typeset(l, words[li])); got != research {
						t.Errorf("%s %s %s research=%v: undertaking of research bodies limited=%v:\n%s", l, vehicle, governing, research, got, c.Body)
					}
					if got := strings.Contains(strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(c.Body), law[li]); got != (research && governing == "FR") {
						t.Errorf("%s %s %s research=%v: French law cited=%v", l, vehicle, governing, research, got)
					}
				}
			}
		}
	}
}

// The Members' undertaking not to patent their contributions to the
// hardware designs binds the members of a SCIC, as any commitment of
// theirs, only as far as the statutes stipulate it (C. civ. 1836 al. 2),
// and the charter warns of it; other vehicles keep it as it is.
func TestCharterPatentUndertakingOfCompanyMembers(t *testing.T) {
	k, _ := Lookup("charter")
	words := [2]string{"only to the extent that its statutes stipulate it; otherwise it is a commitment of honour", "que dans la mesure où ses statuts le stipulent ; à défaut, il est un engagement d’honneur"}
	for _, vehicle := range []string{"scic", "association", "fiscal-host", "none"} {
		for _, form := range []string{"sas", "sa", "sarl"} {
			vals := k.Examples()
			vals["legal.vehicle"], vals["legal.company_form"] = vehicle, form
			vals["commons.resources"] = []string{"software", "hardware"}
			scic := vehicle == "scic"
			if got := slices.Contains(brokenRules(k, vals), "scic-patent-undertaking-outside-statutes"); got != scic {
				t.Errorf("%s %s: warned=%v", vehicle, form, got)
			}
			for li, l := range textfmt.All {
				c := clauseWith(t, k, vals, nil, l, "licences-hardware")
				if got := strings.Contains(c, textfmt.Typeset(l, words[li])); got != scic {
					t.Errorf("%s %s %s: undertaking limited to the statutes=%v:\n%s", l, vehicle, form, got, c)
				}
			}
		}
	}
}

// A product made from the hardware designs falls first under the Union
// harmonisation legislation applicable to it, the GPSR only for the
// risks it leaves (art. 2(1)); the Commons markets none before product
// liability insurance is taken out, and a legal entity selling services
// around its software does so within a prior decision of the Assembly
// for each category of services, which the management then carries out.
func TestCharterProductRegimeAndPriorDecisions(t *testing.T) {
	k, _ := Lookup("charter")
	regime := [2]string{"under the Union harmonisation legislation applicable to the product", "au regard de la législation d’harmonisation de l’Union applicable au produit"}
	insurance := [2]string{"insurance covering civil liability for that product", "une assurance couvrant la responsabilité civile du fait de ce produit"}
	prior := [2]string{"It shall offer a category of such services only after a prior decision of the Assembly", "Elle ne propose une catégorie de tels services qu’après une décision préalable de l’Assemblée"}
	// A medical device, custom-made or in-house ones included, follows
	// Regulation (EU) 2017/745, which takes it out of the Cyber
	// Resilience Act (CRA Art. 2(2)(a)); that exclusion is said only
	// where the charter speaks of the CRA, that is with software.
	mdr := [2]string{"Where the product is a medical device within the meaning of Regulation (EU) 2017/745", "Lorsque le produit est un dispositif médical au sens du règlement (UE) 2017/745"}
	custom := [2]string{"custom-made device made on a written prescription for a particular patient (Article 2(3) and Article 52(8)); a health institution manufactures and uses such a device in-house, without placing it on the market, only under the conditions of Article 5(5)", "dispositif fabriqué sur mesure, sur prescription écrite, pour un patient déterminé (article 2, point 3, et article 52, paragraphe 8) ; un établissement de santé ne fabrique et n’utilise un tel dispositif en son sein, sans le mettre sur le marché, que dans les conditions de l’article 5, paragraphe 5"}
	noCRA := [2]string{"Regulation (EU) 2024/2847 does not apply to that product (Article 2(2)(a)", "le règlement (UE) 2024/2847 ne s’applique pas à ce produit (article 2, paragraphe 2, point a"}
	for i, vehicle := range []string{"scic", "association", "fiscal-host", "public-body", "none"} {
		vals := k.Examples()
		vals["legal.vehicle"] = vehicle
		vals["commons.resources"] = []string{"software", "hardware"}
		vals["economy.funding"] = []string{"services"}
		vals["commons.sensitive_participants"] = true
		// Hardware alone, without software, for every other vehicle.
		software := i%2 == 0
		if !software {
			vals["commons.resources"] = []string{"hardware"}
		}
		for li, l := range textfmt.All {
			doc, err := k.Assemble(vals, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			hw, _ := doc.Clause("licences-hardware")
			if !strings.Contains(hw.Body, textfmt.Typeset(l, regime[li])) {
				t.Errorf("%s %s: no product regime:\n%s", l, vehicle, hw.Body)
			}
			body := strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(hw.Body)
			if !strings.Contains(body, mdr[li]) || !strings.Contains(body, custom[li]) {
				t.Errorf("%s %s: no medical-device regime:\n%s", l, vehicle, body)
			}
			if got := strings.Contains(body, noCRA[li]); got != software {
				t.Errorf("%s %s, software %v: CRA excluded for medical devices=%v:\n%s", l, vehicle, software, got, body)
			}
			if got := strings.Contains(hw.Body, textfmt.Typeset(l, insurance[li])); got != (vehicle != "public-body") {
				t.Errorf("%s %s: insurance before marketing=%v", l, vehicle, got)
			}
			f, _ := doc.Clause("economy-funding")
			if got := strings.Contains(f.Body, textfmt.Typeset(l, prior[li])); software && got != (vehicle != "public-body" && vehicle != "none") {
				t.Errorf("%s %s: prior decision per category=%v:\n%s", l, vehicle, got, f.Body)
			}
		}
	}
}

// A charter first adopted by an association or cooperative that already
// exists names its members of that day as founding Members and speaks of
// no act before declaration or registration (C. com. L. 210-6 concerns a
// company in formation only); a new entity keeps those provisions. A
// linked policy that gives the registration of an entity the charter says
// is in formation is warned of.
func TestTransitionalProvisionsOfAnExistingEntity(t *testing.T) {
	k, _ := Lookup("charter")
	p, _ := Lookup("contribution")
	members := [2]string{"the founding Members are the members of the Legal Entity, already ", "les Membres fondateurs sont les "}
	formation := [2]string{"before its ", "avant sa déclaration"}
	for _, vehicle := range []string{"association", "scic"} {
		for _, existing := range []bool{false, true} {
			vals := k.Examples()
			vals["legal.vehicle"], vals["legal.existing_entity"] = vehicle, existing
			for li, l := range textfmt.All {
				doc, err := k.Assemble(vals, l, Final)
				if err != nil {
					t.Fatal(err)
				}
				c, _ := doc.Clause("transitional")
				if got := strings.Contains(c.Body, textfmt.Typeset(l, members[li])) && strings.Contains(c.Body, "annex"); got != existing {
					t.Errorf("%s %s existing=%v: founding Members are the entity's members=%v:\n%s", l, vehicle, existing, got, c.Body)
				}
				inFormation := strings.Contains(strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(c.Body), "L. 210-6") || strings.Contains(c.Body, textfmt.Typeset(l, formation[li]))
				if inFormation == existing {
					t.Errorf("%s %s existing=%v: provisions for an entity in formation=%v:\n%s", l, vehicle, existing, inFormation, c.Body)
				}
			}
			policy := linkedExamples(p)
			policy.SetCharterAnswers(k.Questionnaire.Resolve(vals))
			policy["legal.registration"] = "RCS Nantes 912 345 678"
			if got := slices.Contains(brokenRules(p, policy), "registration-of-an-entity-in-formation"); got == existing {
				t.Errorf("%s existing=%v: warned of a registration=%v", vehicle, existing, got)
			}
		}
	}
}

// The register of a cooperative, whatever its company form, is kept
// with the register of its members and of their registered cooperative
// shares (parts sociales, law of 10 September 1947, art. 11), to perform
// its statutes, GDPR art. 6(1)(b) (RO2-4); the securities regime of the
// actions of a société par actions (C. com. L. 228-1) is not cited.
func TestCooperativeRegisterIsALegalObligation(t *testing.T) {
	k, _ := Lookup("charter")
	basis := [2]string{"(French Act of 10 September 1947, Article 11), to perform its statutes, which bind each member (GDPR, Article 6(1)(b))", "(loi du 10 septembre 1947, article 11), pour l'exécution de ses statuts, qui lient chaque associé (RGPD, article 6, paragraphe 1, point b)"}
	for _, vehicle := range []string{"scic", "association"} {
		for _, form := range []string{"sas", "sa", "sarl"} {
			vals := k.Examples()
			vals["legal.vehicle"], vals["legal.company_form"] = vehicle, form
			for li, l := range textfmt.All {
				doc, err := k.Assemble(vals, l, Final)
				if err != nil {
					t.Fatal(err)
				}
				c, _ := doc.Clause("personal-data-purposes")
				if got := strings.Contains(c.Body, textfmt.Typeset(l, basis[li])); got != (vehicle == "scic") {
					t.Errorf("%s %s %s: register of parts sociales=%v:\n%s", l, vehicle, form, got, c.Body)
				}
				if strings.Contains(c.Body, "L. 228-1") {
					t.Errorf("%s %s %s: securities regime cited for a cooperative", l, vehicle, form)
				}
			}
		}
	}
}

// A legal entity owns the assets itself: the Assembly designates a Member
// to hold registrations in its name only where a service requires one,
// while without a legal entity a holder is always designated.
func TestAssetsHolderDesignatedOnlyWhereAServiceRequiresOne(t *testing.T) {
	k, _ := Lookup("charter")
	words := [2]string{"designates, where a service requires one, the ", "désigne, si un service l’exige, le "}
	plain := [2]string{"and designates the holder of the assets", "et désigne le détenteur des biens"}
	for _, vehicle := range []string{"association", "scic", "fiscal-host", "none"} {
		vals := k.Examples()
		vals["legal.vehicle"], vals["assets.holder"] = vehicle, "trustee"
		for li, l := range textfmt.All {
			doc, err := k.Assemble(vals, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			c, _ := doc.Clause("transitional")
			entity := vehicle != "none"
			if got := strings.Contains(c.Body, textfmt.Typeset(l, words[li])); got != entity {
				t.Errorf("%s %s: holder only where a service requires one=%v:\n%s", l, vehicle, got, c.Body)
			}
			if got := strings.Contains(c.Body, textfmt.Typeset(l, plain[li])); got == entity {
				t.Errorf("%s %s: holder always designated=%v:\n%s", l, vehicle, got, c.Body)
			}
		}
	}
}

// In a cooperative company, running its online accounts is management,
// which belongs to its legal representative, named by its form (C. com.
// L. 227-6, L. 225-56 or L. 225-66, L. 223-18): the bodies of the Commons
// propose the administrators of the accounts and that person designates
// them.
func TestCooperativeManagementDesignatesAccountAdministrators(t *testing.T) {
	k, _ := Lookup("charter")
	who := map[string][2]string{"sas": {"the legal representative of the Legal Entity, its president,", "le représentant légal de la Structure porteuse, son président,"},
		"sa":   {"the legal representative of the Legal Entity, its chief executive officer (directeur général) or, where its statutes give it a management board, the chair of that board (président du directoire),", "le représentant légal de la Structure porteuse, son directeur général ou, si ses statuts la dotent d'un directoire, le président de celui-ci,"},
		"sarl": {"the legal representative of the Legal Entity, its manager (gérant) or one of its managers,", "le représentant légal de la Structure porteuse, son gérant ou l'un de ses gérants,"}}
	for form, w := range who {
		for _, vehicle := range []string{"scic", "association"} {
			vals := k.Examples()
			vals["legal.vehicle"], vals["legal.company_form"] = vehicle, form
			for li, l := range textfmt.All {
				doc, err := k.Assemble(vals, l, Final)
				if err != nil {
					t.Fatal(err)
				}
				c, _ := doc.Clause("assets-continuity")
				if got := strings.Contains(c.Body, textfmt.Typeset(l, w[li])); got != (vehicle == "scic") {
					t.Errorf("%s %s %s: designated by the management=%v:\n%s", l, vehicle, form, got, c.Body)
				}
			}
		}
	}
}

// The statutes of a SAS, not the Charter, set the conditions of its
// collective decisions (C. com. L. 227-9 al. 1): the charter of a SCIC SAS
// recommends that they adopt the Assembly's rule, and keeps the decisions
// that al. 2 reserves to the members under the statutes; a SA or SARL,
// whose majorities the law sets, has no such clause.
func TestCooperativeSASStatutesAdoptTheAssemblyRule(t *testing.T) {
	k, _ := Lookup("charter")
	words := [2]string{"the Members recommend that they adopt, for the collective decisions that the law does not subject to particular conditions", "les Membres recommandent qu’ils retiennent, pour les décisions collectives que la loi ne soumet pas à des conditions particulières"}
	reserved := [2]string{"reserves to the members collectively", "réserve à la collectivité des associés"}
	for _, form := range []string{"sas", "sa", "sarl"} {
		for _, steering := range []bool{false, true} {
			vals := k.Examples()
			vals["legal.vehicle"], vals["legal.company_form"], vals["governance.steering"] = "scic", form, steering
			for li, l := range textfmt.All {
				doc, err := k.AssembleAnnotated(vals, l, Final)
				if err != nil {
					t.Fatal(err)
				}
				c, _ := doc.Clause("legal-scic")
				sas := form == "sas"
				if got := strings.Contains(c.Body, textfmt.Typeset(l, words[li])); got != sas {
					t.Errorf("%s %s steering %v: recommendation=%v:\n%s", l, form, steering, got, c.Body)
				}
				if got := strings.Contains(c.Body, textfmt.Typeset(l, reserved[li])); got != sas {
					t.Errorf("%s %s steering %v: reserved decisions=%v", l, form, steering, got)
				}
				if got := strings.Contains(c.Note.Why, "227-9"); got != sas {
					t.Errorf("%s %s: commentary explains L. 227-9=%v", l, form, got)
				}
			}
		}
	}
}

// A SCIC that relies on sponsorship or public contracts speaks of the
// ESUS approval only if it holds it (C. trav. L. 3332-17-1), which its
// form alone does not give; other vehicles and other funding say nothing.
func TestCooperativeClaimsTheESUSApprovalOnlyIfItHoldsIt(t *testing.T) {
	k, _ := Lookup("charter")
	words := [2]string{"only if it holds the approval provided for in Article L. 3332-17-1", "que si elle est titulaire de l’agrément prévu à l’article L. 3332-17-1"}
	for _, vehicle := range []string{"scic", "association", "fiscal-host", "public-body"} {
		for _, funding := range [][]string{{"sponsorship"}, {"procurement"}, {"donations", "services"}, {"sponsorship", "procurement", "grants"}} {
			vals := k.Examples()
			vals["legal.vehicle"], vals["economy.funding"] = vehicle, funding
			want := vehicle == "scic" && (slices.Contains(funding, "sponsorship") || slices.Contains(funding, "procurement"))
			for li, l := range textfmt.All {
				doc, err := k.AssembleAnnotated(vals, l, Final)
				if err != nil {
					t.Fatal(err)
				}
				c, _ := doc.Clause("economy-funding")
				if got := strings.Contains(c.Body, textfmt.Typeset(l, words[li])); got != want {
					t.Errorf("%s %s %v: ESUS sentence=%v", l, vehicle, funding, got)
				}
				if got := strings.Contains(c.Note.Sources, "3332-17-1"); got != want {
					t.Errorf("%s %s %v: ESUS source=%v", l, vehicle, funding, got)
				}
			}
		}
	}
}
