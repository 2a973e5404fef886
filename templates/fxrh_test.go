package templates

import (
	"slices"
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/textfmt"
)

// fxrhHas fails unless body contains want exactly when present is true.
func fxrhHas(t *testing.T, what string, body, want string, present bool) {
	t.Helper()
	if got := strings.Contains(body, want); got != present {
		t.Errorf("%s: contains %q = %v, want %v\n%s", what, want, got, present, body)
	}
}

// fxrhVehicle is the set of answers that selects vehicle, with the answers
// that vehicle requires.
func fxrhVehicle(vehicle string) map[string]any {
	switch vehicle {
	case "none", "de-facto-association":
		return map[string]any{"legal.vehicle": vehicle, "legal.entity_name": nil, "legal.statutes_url": nil}
	case "fiscal-host":
		return map[string]any{"legal.vehicle": vehicle, "legal.entity_name": "Fondation Exemple", "legal.host_form": "foundation", "legal.foundation_kind": "public-utility"}
	}
	return map[string]any{"legal.vehicle": vehicle}
}

// RH-1/RH-21: measurements from devices in homes need a data licence and a
// database producer; a charter that declares them without ticking data is
// refused, whatever the vehicle, and one without legal personality names
// who holds and licenses the producer's right.
func TestFxrhDeviceDataNeedsDataResource(t *testing.T) {
	k, _ := Lookup("charter")
	for _, vehicle := range []string{"none", "de-facto-association", "association", "public-body"} {
		for _, resources := range [][]string{{"hardware", "software", "content"}, {"hardware", "data"}} {
			for _, devices := range []bool{false, true} {
				vals := k.Examples()
				for key, v := range fxrhVehicle(vehicle) {
					vals[key] = v
				}
				vals["commons.personal_data"], vals["commons.device_data"], vals["commons.resources"] = true, devices, resources
				fired := slices.Contains(firedRules(k, vals), "device-data-without-data")
				if want := devices && !slices.Contains(resources, "data"); fired != want {
					t.Errorf("%s %v devices=%v: rule fired = %v, want %v", vehicle, resources, devices, fired, want)
				}
			}
		}
	}
	producer := [2]string{"As long as the Commons has no legal personality, the rights of the producer of a database of the Commons belong to those who take the initiative and bear the risk of the substantial investment in it", "Tant que le Commun est dépourvu de personnalité juridique, les droits du producteur d'une base de données du Commun appartiennent à ceux qui prennent l'initiative et le risque de l'investissement substantiel"}
	for _, vehicle := range []string{"none", "de-facto-association", "association", "fiscal-host"} {
		for li, l := range textfmt.All {
			set := fxrhVehicle(vehicle)
			set["commons.resources"] = []string{"software", "data"}
			body := clausePlain(charterDoc(t, set, l), "licences-data")
			fxrhHas(t, vehicle+" "+string(l)+" producer", body, plainSpaces(textfmt.Typeset(l, producer[li])), vehicle == "none" || vehicle == "de-facto-association")
		}
	}
}

// RH-2/RH-27/RH-32: where taking part can reveal a person's health, the
// consent of the host of a device is explicit consent under Article
// 9(2)(a) GDPR, in the charter and in a linked policy; elsewhere it stays
// express consent under Article 6(1)(a). The French policy speaks of
// « consentement », never of « accord ».
func TestFxrhDeviceConsentExplicitWhenHealthCanShow(t *testing.T) {
	explicit := [2]string{"that consent is therefore explicit consent within the meaning of Article 9(2)(a) of the GDPR", "ce consentement est donc un consentement explicite au sens de l'article 9, paragraphe 2, point a, du RGPD"}
	express := [2]string{"enter the Resources only with that person's express consent", "ne sont intégrés aux Ressources qu'avec le consentement exprès de cette personne"}
	noLink := [2]string{"no published data, list or credit shall link a device to a Member, a Participant or the health of an occupant", "aucune donnée, liste ou mention publiée ne relie un appareil à un Membre, à un Participant ou à l'état de santé d'un occupant"}
	pExplicit := [2]string{"you give your explicit consent to those measurements entering the resources and being published, by ticking a box separate from any other acceptance (GDPR, Articles 9(2)(a) and 7(2))", "vous donnez votre consentement explicite à l'intégration de ces mesures aux ressources et à leur publication, en cochant une case distincte de toute autre acceptation (RGPD, articles 9, paragraphe 2, point a, et 7, paragraphe 2)"}
	pExpress := [2]string{"you give your express consent to those measurements entering the resources and being published, by ticking a box separate from any other acceptance (GDPR, Articles 6(1)(a) and 7(2))", "vous donnez votre consentement exprès à l'intégration de ces mesures aux ressources et à leur publication, en cochant une case distincte de toute autre acceptation (RGPD, articles 6, paragraphe 1, point a, et 7, paragraphe 2)"}
	pBasis := [2]string{"and, since taking part in the Project can reveal a person's health, Article 9(2)(a))", "et, participer au Projet pouvant révéler la santé d'une personne, article 9, paragraphe 2, point a)"}
	k, _ := Lookup("contribution")
	for _, vehicle := range []string{"none", "de-facto-association", "association"} {
		for _, sensitive := range []bool{false, true} {
			set := fxrhVehicle(vehicle)
			set["commons.personal_data"], set["commons.device_data"], set["commons.sensitive_participants"] = true, true, sensitive
			set["commons.resources"], set["licences.data"] = []string{"software", "data"}, "ODbL-1.0"
			for li, l := range textfmt.All {
				what := vehicle + " " + string(l)
				body := clausePlain(charterDoc(t, set, l), "personal-data-devices")
				fxrhHas(t, what+" charter explicit", body, plainSpaces(textfmt.Typeset(l, explicit[li])), sensitive)
				fxrhHas(t, what+" charter no link", body, plainSpaces(textfmt.Typeset(l, noLink[li])), sensitive)
				fxrhHas(t, what+" charter express", body, plainSpaces(textfmt.Typeset(l, express[li])), !sensitive)
				vals := policyWithCharter(set, map[string]any{"contributors.sensitive_participants": sensitive})
				pol := plainSpaces(plainClause(t, k, vals, nil, l, "contributions-measurements"))
				fxrhHas(t, what+" policy explicit", pol, plainSpaces(textfmt.Typeset(l, pExplicit[li])), sensitive)
				fxrhHas(t, what+" policy express", pol, plainSpaces(textfmt.Typeset(l, pExpress[li])), !sensitive)
				fxrhHas(t, what+" policy accord", pol, "accord", false)
				doc := assembled(t, k, vals, nil, l)
				c, _ := doc.Clause("personal-data-controller")
				fxrhHas(t, what+" policy basis", plainSpaces(c.Body), plainSpaces(textfmt.Typeset(l, pBasis[li])), sensitive)
			}
		}
	}
}

// fxrhAll is the plain text of every clause of doc.
func fxrhAll(doc *document.Document) string {
	var b strings.Builder
	for _, c := range doc.Clauses {
		b.WriteString(plainSpaces(c.Body))
		b.WriteString("\n")
	}
	return b.String()
}

// RH-3: where membership can reveal health, the register records none of
// it and an individual Member appears on the published list only with
// explicit consent (GDPR, art. 9(2)(a)); otherwise the list keeps the
// plain agreement.
func TestFxrhRegisterAndListWhenHealthCanShow(t *testing.T) {
	register := [2]string{"the register mentions neither, nor whether a Member takes part as a patient, a carer or a person with a disability", "le registre ne mentionne ni l'une ni l'autre, ni la qualité de patient, d'aidant ou de personne handicapée en laquelle un Membre participe"}
	list := [2]string{"Members who agree to appear on it; an individual Member agrees by an explicit consent, given by ticking a box separate from any other acceptance, since the list can reveal their health (GDPR, Article 9(2)(a));", "qui acceptent d'y figurer ; un Membre personne physique l'accepte par un consentement explicite, donné en cochant une case distincte de toute autre acceptation, la liste pouvant révéler sa santé (RGPD, article 9, paragraphe 2, point a) ;"}
	agree := [2]string{"Members who agree to appear on it;", "qui acceptent d'y figurer ;"}
	for _, vehicle := range []string{"none", "association"} {
		for _, sensitive := range []bool{false, true} {
			set := fxrhVehicle(vehicle)
			set["commons.sensitive_participants"] = sensitive
			set["transparency.published"] = []string{"members", "decisions"}
			for li, l := range textfmt.All {
				what := vehicle + " " + string(l)
				all := fxrhAll(charterDoc(t, set, l))
				fxrhHas(t, what+" register", all, plainSpaces(textfmt.Typeset(l, register[li])), sensitive)
				fxrhHas(t, what+" list explicit", all, plainSpaces(textfmt.Typeset(l, list[li])), sensitive)
				fxrhHas(t, what+" list agree", all, plainSpaces(textfmt.Typeset(l, agree[li])), true)
			}
		}
	}
}

// RH-7: without legal personality no one can issue a tax receipt for the
// Commons, so the charter never speaks of funds from receipted gifts; a
// legal entity that may issue them keeps the rule.
func TestFxrhNoReceiptedFundsWithoutLegalPerson(t *testing.T) {
	receipted := [2]string{"The funds that come from gifts for which receipts giving a right to a tax reduction were issued", "Les fonds provenant de dons ayant donné lieu à la délivrance de reçus ouvrant droit à une réduction d'impôt"}
	for _, vehicle := range []string{"none", "de-facto-association", "association"} {
		set := fxrhVehicle(vehicle)
		set["economy.funding"] = []string{"donations"}
		for li, l := range textfmt.All {
			all := fxrhAll(charterDoc(t, set, l))
			fxrhHas(t, vehicle+" "+string(l)+" receipted funds", all, plainSpaces(textfmt.Typeset(l, receipted[li])), vehicle == "association")
		}
	}
}

// RH-8: without legal personality, the limit of the Members' burden to the
// funds held derogates expressly from the rules of agency (Civil Code,
// art. 1999, 2000, 2002), and a Member who suffers costs or losses without
// fault in carrying out a regular decision is indemnified.
func TestFxrhAgentIndemnifiedWithoutLegalPerson(t *testing.T) {
	derog := [2]string{"As between themselves, and by way of derogation from Articles 1999, 2000 and 2002 of the French Civil Code, the Members who authorised an act", "Dans leurs rapports entre eux, et par dérogation aux articles 1999, 2000 et 2002 du Code civil, les Membres qui ont autorisé un acte"}
	indemnity := [2]string{"the costs and losses that a Member, the holder of the assets included, suffers without fault of their own in carrying out a decision duly taken by those bodies, within the limits it set, are borne by the funds held for the Commons and, beyond them, shall be repaid to the Member out of the funds later held for the Commons, before any other expense, and no other Member shall bear them save by their own written undertaking", "les frais et les pertes qu'un Membre, détenteur des biens compris, subit sans faute de sa part dans l'exécution d'une décision régulièrement prise par ces instances, dans les limites qu'elle a fixées, sont supportés par les fonds détenus pour le Commun puis, au-delà, sont remboursés au Membre sur les fonds ultérieurement détenus pour le Commun, avant toute autre dépense, sans qu'aucun autre Membre en supporte la charge sauf engagement écrit de sa part"}
	for _, vehicle := range []string{"none", "de-facto-association", "association"} {
		for li, l := range textfmt.All {
			all := fxrhAll(charterDoc(t, fxrhVehicle(vehicle), l))
			entity := vehicle == "association"
			fxrhHas(t, vehicle+" "+string(l)+" derogation", all, plainSpaces(textfmt.Typeset(l, derog[li])), !entity)
			fxrhHas(t, vehicle+" "+string(l)+" indemnity", all, plainSpaces(textfmt.Typeset(l, indemnity[li])), !entity)
		}
	}
}

// fxrhPolicyClause is the plain text of clause id of the policy from the
// examples changed by set, "" when it has none.
func fxrhPolicyClause(t *testing.T, set map[string]any, l textfmt.Lang, id string) string {
	t.Helper()
	k, _ := Lookup("contribution")
	return plainSpaces(plainClause(t, k, k.Examples(), set, l, id))
}

// RH-22..RH-26: the patent licence describes each licence of the code as
// it is (CeCILL, Article 5: an undertaking not to enforce patents), adds
// for hardware designs the patent licence of CERN-OHL v2, section 7, on
// every route without an agreement, records the writing of L. 613-8 by
// the forge's authenticated trace, makes no one judge patentability, and
// is named in the summary.
func TestFxrhPatentClausesFollowTheLicences(t *testing.T) {
	cecill := [2]string{"Article 5 of the licence of the code, `%s`, contains the licensor's undertaking not to enforce against successive licensees its patents", "L'article 5 de la licence du code, `%s`, comporte l'engagement du concédant de ne pas opposer aux licenciés successifs ses brevets"}
	none := [2]string{"The licence of the code, `%s`, contains no such express licence", "La licence du code, `%s`, ne comporte pas de licence de brevet expresse ;"}
	forge := [2]string{"the forge keeps a dated record of it, linked to the account with which you authenticated yourself", "la forge en conserve une trace datée, rattachée au compte par lequel vous vous êtes authentifié"}
	for _, licence := range []string{"CECILL-2.1", "CECILL-B", "CECILL-C", "MIT", "BSD-3-Clause"} {
		for _, inbound := range []string{"inbound-outbound", "dco"} {
			set := map[string]any{"project.licence": licence, "patents.grant": true, "inbound": inbound, "governing_law": "FR"}
			isCecill := strings.HasPrefix(licence, "CECILL")
			for li, l := range textfmt.All {
				what := licence + " " + inbound + " " + string(l)
				body := fxrhPolicyClause(t, set, l, "inbound-patents")
				if body == "" {
					t.Fatalf("%s: no patent licence", what)
				}
				fxrhHas(t, what+" cecill", body, plainSpaces(textfmt.Typeset(l, strings.Replace(cecill[li], "%s", licence, 1))), isCecill)
				fxrhHas(t, what+" none", body, plainSpaces(textfmt.Typeset(l, strings.Replace(none[li], "%s", licence, 1))), !isCecill)
				fxrhHas(t, what+" forge", body, plainSpaces(textfmt.Typeset(l, forge[li])), true)
			}
		}
	}
	// CERN-OHL v2, section 7, under inbound = outbound and the DCO; not
	// for a hardware licence without an express patent licence.
	hwIn := [2]string{"For hardware designs, the licence that you grant includes the patent licence of section 7 of `%s`", "Pour les conceptions de matériel, la licence que vous concédez comprend la licence de brevets que prévoit la section 7 de la licence `%s`"}
	hwPat := [2]string{"A Contribution to a hardware design carries the patent licence of section 7 of `%s`", "Une Contribution à une conception de matériel emporte la licence de brevets que prévoit la section 7 de la licence `%s`"}
	for _, hw := range []string{"CERN-OHL-S-2.0", "CERN-OHL-W-2.0", "TAPR-OHL-1.0"} {
		for _, inbound := range []string{"inbound-outbound", "dco"} {
			set := map[string]any{"project.licence": "CECILL-2.1", "patents.grant": true, "inbound": inbound, "project.hardware": true, "licences.hardware": hw}
			cern := strings.HasPrefix(hw, "CERN")
			for li, l := range textfmt.All {
				what := hw + " " + inbound + " " + string(l)
				in := fxrhPolicyClause(t, set, l, map[string]string{"inbound-outbound": "inbound-outbound", "dco": "inbound-dco"}[inbound])
				fxrhHas(t, what+" inbound", in, plainSpaces(textfmt.Typeset(l, strings.Replace(hwIn[li], "%s", hw, 1))), cern)
				pat := fxrhPolicyClause(t, set, l, "inbound-patents")
				fxrhHas(t, what+" patents", pat, plainSpaces(textfmt.Typeset(l, strings.Replace(hwPat[li], "%s", hw, 1))), cern)
			}
		}
	}
	// The summary names the patent licence; RH-25: no test of
	// patentability.
	summary := [2]string{"**Patents:** you license the patents that your Contribution necessarily practises", "**Brevets :** vous concédez une licence sur vos brevets que votre Contribution met nécessairement en œuvre"}
	k, _ := Lookup("contribution")
	for _, grant := range []bool{false, true} {
		for li, l := range textfmt.All {
			doc := assembled(t, k, k.Examples(), map[string]any{"project.licence": "MIT", "patents.grant": grant, "inbound": "inbound-outbound", "project.hardware": false}, l)
			all := fxrhAll(doc)
			fxrhHas(t, "summary "+string(l), all, plainSpaces(textfmt.Typeset(l, summary[li])), grant)
			fxrhHas(t, "patentable "+string(l), all, [2]string{"patentable invention is not merged", "susceptible d'être brevetée n'est pas fusionnée"}[li], false)
		}
	}
}

// RH-14/RH-16/RH-33: the French charter speaks of « conceptions de
// matériel », never of « matériel » alone, for what it licenses, and names
// the CERN licences by their English title, the only authentic one.
func TestFxrhHardwareDesignsInFrench(t *testing.T) {
	for _, vehicle := range []string{"none", "association"} {
		set := fxrhVehicle(vehicle)
		set["commons.resources"], set["licences.hardware"] = []string{"software", "hardware"}, "CERN-OHL-S-2.0"
		all := fxrhAll(charterDoc(t, set, textfmt.FR))
		for _, want := range []string{"- **Conceptions de matériel :** plans", "| Conceptions de matériel | `CERN-OHL-S-2.0` |", "Licence des conceptions de matériel (article", "conceptions de matériel, y compris leur documentation, sous `CERN-OHL-S-2.0`", "**CERN Open Hardware Licence Version 2 – Strongly Reciprocal (licence CERN de matériel libre, à réciprocité forte)**"} {
			fxrhHas(t, vehicle+" fr", all, plainSpaces(textfmt.Typeset(textfmt.FR, want)), true)
		}
		for _, stale := range []string{"**Matériel :**", "| Matériel |", "Licence du matériel", "Licence CERN de matériel libre 2.0"} {
			fxrhHas(t, vehicle+" fr stale", all, plainSpaces(textfmt.Typeset(textfmt.FR, stale)), false)
		}
	}
	k, _ := Lookup("contribution")
	set := map[string]any{"project.hardware": true, "licences.hardware": "CERN-OHL-W-2.0"}
	all := fxrhAll(assembled(t, k, k.Examples(), set, textfmt.FR))
	fxrhHas(t, "policy fr", all, plainSpaces(textfmt.Typeset(textfmt.FR, "CERN Open Hardware Licence Version 2 – Weakly Reciprocal (licence CERN de matériel libre, à réciprocité faible)")), true)
	en := fxrhAll(assembled(t, k, k.Examples(), set, textfmt.EN))
	fxrhHas(t, "policy en", en, "CERN Open Hardware Licence Version 2 – Weakly Reciprocal", true)
}

// RH-5: where participants may be patients, the Resources claim no medical
// purpose (diagnosis, monitoring, prediction of a disease) without a
// decision taken in the light of an assessment under the MDR. RH-6:
// without legal personality, no product is placed on the market for the
// Commons or under its name, and whoever affixes a name answers as
// manufacturer.
func TestFxrhMedicalClaimsAndProductsWithoutLegalPerson(t *testing.T) {
	claim := [2]string{"the Resources and their documentation shall claim no medical purpose, such as the diagnosis, monitoring, prediction or treatment of a disease or the compensation for a disability; such a claim may be made only on a decision of", "les Ressources et leur documentation ne revendiquent aucune finalité médicale, telle que le diagnostic, la surveillance, la prévision ou le traitement d'une maladie ou la compensation d'un handicap ; une telle allégation ne peut être faite que sur décision"}
	example := [2]string{"that its manufacturer intends for the diagnosis, monitoring or prediction of a disease or to compensate for a disability (Article 2(1))", "que son fabricant destine au diagnostic, à la surveillance ou à la prévision d'une maladie ou à la compensation d'un handicap (article 2, point 1)"}
	noName := [2]string{"whoever places one on the market does so in their own name alone, as its manufacturer, and the Members who have not done so do not become its manufacturer by their votes", "celui qui en met un sur le marché le fait en son seul nom, en qualité de fabricant, et les Membres qui ne l'ont pas fait ne deviennent pas fabricants de ce produit par leur vote"}
	liable := [2]string{"answers for its defects as such (Directive (EU) 2024/2853, Article 4(10)), and no clause may exclude or limit that liability towards the injured person (French Civil Code, Article 1245-14)", "répond de ses défauts en cette qualité (directive (UE) 2024/2853, article 4, point 10), et aucune clause ne peut exclure ou limiter cette responsabilité envers la victime (Code civil, article 1245-14)"}
	for _, vehicle := range []string{"none", "de-facto-association", "association"} {
		for _, sensitive := range []bool{false, true} {
			set := fxrhVehicle(vehicle)
			set["commons.resources"], set["commons.sensitive_participants"] = []string{"software", "hardware"}, sensitive
			for li, l := range textfmt.All {
				what := vehicle + " " + string(l)
				body := clausePlain(charterDoc(t, set, l), "licences-hardware")
				fxrhHas(t, what+" claim", body, plainSpaces(textfmt.Typeset(l, claim[li])), sensitive)
				fxrhHas(t, what+" example", body, plainSpaces(textfmt.Typeset(l, example[li])), sensitive)
				fxrhHas(t, what+" own name", body, plainSpaces(textfmt.Typeset(l, noName[li])), vehicle != "association")
				fxrhHas(t, what+" liability", body, plainSpaces(textfmt.Typeset(l, liable[li])), vehicle != "association")
			}
		}
	}
}

// RH-15/RH-20: the verb agrees with its subject, the Charter alone or the
// Charter and the statutes.
func TestFxrhMembershipEndsAgreement(t *testing.T) {
	alone := [2]string{"membership ends only in the cases that this Charter provides.", "l'adhésion ne prend fin que dans les cas que prévoit la Charte."}
	both := [2]string{"membership ends only in the cases that this Charter or the statutes of the Legal Entity provide.", "l'adhésion ne prend fin que dans les cas que prévoient la Charte ou les statuts de la Structure porteuse."}
	for _, vehicle := range []string{"none", "association"} {
		set := fxrhVehicle(vehicle)
		set["membership.admission"] = "declaration"
		for li, l := range textfmt.All {
			all := fxrhAll(charterDoc(t, set, l))
			fxrhHas(t, vehicle+" "+string(l)+" alone", all, plainSpaces(textfmt.Typeset(l, alone[li])), vehicle == "none")
			fxrhHas(t, vehicle+" "+string(l)+" both", all, plainSpaces(textfmt.Typeset(l, both[li])), vehicle == "association")
		}
	}
}

// RH-13: the heading of devolution to a commons names who receives: a
// non-profit legal person, since a commons without legal personality can
// receive nothing.
func TestFxrhDevolutionHeadingNamesALegalPerson(t *testing.T) {
	heading := [2]string{"Devolution to a non-profit legal person close to the Commons", "Dévolution à une personne morale à but non lucratif proche du Commun"}
	for _, vehicle := range []string{"none", "association"} {
		set := fxrhVehicle(vehicle)
		set["exit.devolution"] = "commons"
		for li, l := range textfmt.All {
			c, ok := charterDoc(t, set, l).Clause("exit-devolution-commons")
			if !ok || !strings.Contains(c.Title, heading[li]) {
				t.Errorf("%s %s: heading %q, want %q", vehicle, l, c.Title, heading[li])
			}
		}
	}
}

// RH-28: without a legal entity, the processors of the policy act for the
// joint controllers that its purposes name, not for a single controller.
func TestFxrhProcessorsActForTheJointControllers(t *testing.T) {
	joint := [2]string{"a form run outside the forge is hosted by one of the joint controllers or by a provider bound to them, as processor", "un formulaire exploité hors de la forge est hébergé par l'un des responsables conjoints du traitement ou par un prestataire qui leur est lié"}
	single := [2]string{"a form run outside the forge is hosted by the controller itself or by a provider bound to it, as processor", "un formulaire exploité hors de la forge est hébergé par le responsable du traitement lui-même ou par un prestataire qui lui est lié"}
	k, _ := Lookup("contribution")
	for _, linkedNone := range []bool{false, true} {
		vals := k.Examples()
		if linkedNone {
			vals = policyWithCharter(fxrhVehicle("none"), fxrhVehicle("none"))
		}
		for li, l := range textfmt.All {
			body := plainSpaces(plainClause(t, k, vals, nil, l, "personal-data-recipients"))
			fxrhHas(t, "joint "+string(l), body, plainSpaces(textfmt.Typeset(l, joint[li])), linkedNone)
			fxrhHas(t, "single "+string(l), body, plainSpaces(textfmt.Typeset(l, single[li])), !linkedNone)
		}
	}
}

// RH-4/RH-29: without legal personality, the charter tells that membership
// makes each Member a joint controller, and its contact point notifies
// breaches for all; a linked policy says so too. A legal entity notifies
// them itself.
func TestFxrhBreachNotifiedByTheContactPoint(t *testing.T) {
	status := [2]string{"membership therefore entails that status and that liability, which each applicant is told before joining", "l'adhésion emporte donc cette qualité et cette responsabilité, dont tout candidat est informé avant d'adhérer"}
	notify := [2]string{"The contact point shall notify a personal data breach, on behalf of all the Members, to the competent supervisory authority within 72 hours", "Le point de contact notifie, pour le compte de l'ensemble des Membres, toute violation de données personnelles à l'autorité de contrôle compétente dans les 72 heures"}
	policy := [2]string{"designates makes that notification and gives that information on behalf of all of them; any Member or Maintainer who becomes aware of a breach shall tell that contact point without delay", "procède à cette notification et à cette information pour le compte de tous ; tout Membre ou Mainteneur qui a connaissance d'une violation en informe sans délai ce point de contact"}
	k, _ := Lookup("contribution")
	for _, vehicle := range []string{"none", "de-facto-association", "association"} {
		entity := vehicle == "association"
		set := fxrhVehicle(vehicle)
		for li, l := range textfmt.All {
			body := clausePlain(charterDoc(t, set, l), "personal-data-controller")
			fxrhHas(t, vehicle+" "+string(l)+" status", body, plainSpaces(textfmt.Typeset(l, status[li])), !entity)
			fxrhHas(t, vehicle+" "+string(l)+" notify", body, plainSpaces(textfmt.Typeset(l, notify[li])), !entity)
			all := fxrhAll(assembled(t, k, policyWithCharter(set, set), nil, l))
			fxrhHas(t, vehicle+" "+string(l)+" policy", all, plainSpaces(textfmt.Typeset(l, policy[li])), !entity)
		}
	}
}

// RH-11, RH-12, RH-19: a new licence of hardware designs meets the OSHWA
// definition; a Steering Committee without legal personality cannot bind
// the Members; the English article on health speaks of credit.
func TestFxrhSmallCharterFixes(t *testing.T) {
	oshwa := [2]string{"for hardware designs, a licence that complies with the Open Source Hardware Definition of the Open Source Hardware Association;", "pour les conceptions de matériel, une licence conforme à la définition du matériel libre (Open Source Hardware Definition) de l'Open Source Hardware Association ;"}
	bind := [2]string{"acts for the Commons between two meetings of the Assembly, without any power to bind the Members towards third parties (Article", "sans aucun pouvoir d'engager les Membres envers les tiers (article"}
	for _, vehicle := range []string{"none", "de-facto-association", "association"} {
		for _, hw := range []bool{false, true} {
			set := fxrhVehicle(vehicle)
			set["commons.resources"] = []string{"software", "content"}
			if hw {
				set["commons.resources"] = []string{"software", "hardware"}
			}
			set["commons.sensitive_participants"] = true
			for li, l := range textfmt.All {
				all := fxrhAll(charterDoc(t, set, l))
				what := vehicle + " " + string(l)
				fxrhHas(t, what+" oshwa", all, plainSpaces(textfmt.Typeset(l, oshwa[li])), hw)
				fxrhHas(t, what+" bind", all, plainSpaces(textfmt.Typeset(l, bind[li])), vehicle != "association")
				if li == 0 {
					fxrhHas(t, what+" credit", all, "names no role, working group, badge or credit after a disability or an illness", true)
					fxrhHas(t, what+" mention", all, "mention of contribution", false)
				}
			}
		}
	}
}

// RH-17 and RH-30: the policy names CC BY-SA by its official title, and,
// without a legal entity, recalls that whoever places a product made from
// the designs on the market owes its security updates.
func TestFxrhSmallPolicyFixes(t *testing.T) {
	title := [2]string{"Creative Commons Attribution-ShareAlike 4.0 International", "Creative Commons Attribution - Partage dans les Mêmes Conditions 4.0 International"}
	updates := [2]string{"the fixes that the Maintainers make do not discharge that manufacturer from that obligation", "les correctifs qu'apportent les Mainteneurs ne déchargent pas ce fabricant de cette obligation"}
	k, _ := Lookup("contribution")
	for _, vehicle := range []string{"none", "association"} {
		set := fxrhVehicle(vehicle)
		set["commons.resources"], set["licences.content"] = []string{"software", "hardware", "content"}, "CC-BY-SA-4.0"
		for li, l := range textfmt.All {
			own := fxrhVehicle(vehicle)
			own["project.hardware"] = true
			all := fxrhAll(assembled(t, k, policyWithCharter(set, own), nil, l))
			fxrhHas(t, vehicle+" "+string(l)+" title", all, plainSpaces(textfmt.Typeset(l, title[li])), true)
			fxrhHas(t, vehicle+" "+string(l)+" updates", all, plainSpaces(textfmt.Typeset(l, updates[li])), vehicle == "none")
		}
	}
}

// RH-10: Annex A lists the documents the Charter relies on that bind or
// inform people: the terms of use of the spaces, the substitutes of the
// Conduct Committee and, with measurements from devices in homes, the
// summary of their impact assessment.
func TestFxrhAnnexListsTheDocumentsRelied(t *testing.T) {
	rows := [2][]string{{"| Terms of use of each space of the Commons |", "| List of substitutes of the Conduct Committee |"}, {"| Conditions d'utilisation de chacun des espaces du Commun |", "| Liste des suppléants du Comité du code de conduite |"}}
	dpia := [2]string{"| Summary of the impact assessment of the measurements from devices in homes |", "| Synthèse de l'analyse d'impact relative aux mesures d'appareils installés chez des personnes |"}
	for _, vehicle := range []string{"none", "association"} {
		for _, devices := range []bool{false, true} {
			set := fxrhVehicle(vehicle)
			set["commons.personal_data"], set["commons.device_data"], set["commons.resources"] = true, devices, []string{"software", "data"}
			for li, l := range textfmt.All {
				body := clausePlain(charterDoc(t, set, l), "annex-a")
				for _, r := range rows[li] {
					fxrhHas(t, vehicle+" "+string(l), body, plainSpaces(textfmt.Typeset(l, r)), true)
				}
				fxrhHas(t, vehicle+" "+string(l)+" dpia", body, plainSpaces(textfmt.Typeset(l, dpia[li])), devices)
			}
		}
	}
}

// RH-9: without legal personality, under French law, the charter says what
// the holder risks on a gift (taxed in their name, CGI 757 and 777) and
// has a gift accepted only with a writing that allocates it to the Commons.
func TestFxrhGiftsToTheHolderWithoutLegalPerson(t *testing.T) {
	risk := [2]string{"such a gift may be taxed in the holder's name at the rate that applies between persons who are not related, which reaches 60 per cent (French General Tax Code, Articles 757 and 777)", "un tel don peut être taxé au nom du détenteur au tarif applicable entre personnes non parentes, qui atteint 60 % (Code général des impôts, articles 757 et 777)"}
	writing := [2]string{"accepts a gift only with a writing from the donor stating that it is made to all the Members, through the holder acting as their agent, for the mission of the Commons", "n'accepte donc un don qu'au vu d'un écrit du donateur indiquant qu'il est fait à l'ensemble des Membres, par l'intermédiaire du détenteur agissant comme leur mandataire, pour la mission du Commun"}
	for _, vehicle := range []string{"none", "de-facto-association", "association"} {
		set := fxrhVehicle(vehicle)
		set["economy.funding"] = []string{"donations"}
		for li, l := range textfmt.All {
			all := fxrhAll(charterDoc(t, set, l))
			fxrhHas(t, vehicle+" "+string(l)+" risk", all, plainSpaces(textfmt.Typeset(l, risk[li])), vehicle != "association")
			fxrhHas(t, vehicle+" "+string(l)+" writing", all, plainSpaces(textfmt.Typeset(l, writing[li])), vehicle != "association")
		}
	}
}
