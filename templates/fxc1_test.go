package templates

import (
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

// fxc1Has fails unless body contains want[li] exactly when present is true.
func fxc1Has(t *testing.T, name string, l textfmt.Lang, body, what, want string, present bool) {
	t.Helper()
	if got := strings.Contains(body, want); got != present {
		t.Errorf("%s %s: %s: contains %q = %v, want %v\n%s", name, l, what, want, got, present, body)
	}
}

// fxc1-1: whoever may call a vote, the facilitator can put a proposal on
// the agenda to the vote; with the "fifth" option, a fifth of the members
// can force it, but a vote no longer depends on their request.
func TestFxc1FacilitatorPutsProposalsToTheVote(t *testing.T) {
	own := [2]string{"The facilitator of each body puts to the vote, on their own initiative, the proposals within the powers of that body", "L'animateur de chaque instance met aux voix, de sa propre initiative, les propositions qui relèvent de la compétence de cette instance"}
	fifth := [2]string{"and shall do so when at least one fifth of the members of that body ask for it", "il est tenu de le faire lorsqu'au moins un cinquième des membres de cette instance le demandent"}
	old := [2]string{"is put to the vote when at least one fifth of the members of that body ask for it", "est mise au vote lorsqu'au moins un cinquième des membres de cette instance le demandent"}
	anyMember := [2]string{"Any member of a body may ask that a proposal within the powers of that body", "Tout membre d'une instance peut demander que soit mise au vote"}
	for _, c := range []string{"any-member", "fifth", "chair"} {
		for li, l := range textfmt.All {
			doc := charterDoc(t, map[string]any{"governance.vote_callers": c}, l)
			body := clausePlain(doc, "decisions-calling-"+c)
			if body == "" {
				t.Fatalf("%s %s: no clause decisions-calling-%s", c, l, c)
			}
			fxc1Has(t, c, l, body, "own initiative", own[li], c == "fifth")
			fxc1Has(t, c, l, body, "a fifth forces the vote", fifth[li], c == "fifth")
			fxc1Has(t, c, l, body, "vote only on request", old[li], false)
			fxc1Has(t, c, l, body, "any member", anyMember[li], c == "any-member")
		}
	}
}

// fxc1-2: where the organ of the statutes pronounces the loss of
// membership (association, SCIC), it receives the Conduct Committee's
// proposal only once the appeal is spent, and the person keeps the rights
// of a member of the legal entity until it decides. Other vehicles have no
// such organ and no such sentence.
func TestFxc1ExclusionWaitsForTheAppeal(t *testing.T) {
	wait := [2]string{"That proposal is sent to that organ only once the time limit for appeal under Article 12.6 has expired or, if an appeal is lodged, once the sanction has been upheld", "Cette proposition n'est transmise à cet organe qu'à l'expiration du délai de recours prévu à l'article 12.6 ou, si un recours est formé, qu'après que la sanction a été maintenue"}
	keeps := [2]string{"until that organ decides, the person concerned keeps the rights that they hold, as a member of the Legal Entity, under its statutes and the law", "jusqu'à la décision de cet organe, l'intéressé conserve les droits qu'il tient, en qualité de membre de la Structure porteuse, de ses statuts et de la loi"}
	keepsSCIC := "jusqu'à la décision de cet organe, l'intéressé conserve les droits qu'il tient, en qualité d'associé de la Structure porteuse"
	for _, c := range []struct {
		name string
		set  map[string]any
		want bool
	}{
		{"association", map[string]any{"legal.vehicle": "association"}, true},
		{"association-no-steering", map[string]any{"legal.vehicle": "association", "governance.steering": false}, true},
		{"scic", fxSCIC(), true},
		{"none", map[string]any{"legal.vehicle": "none", "legal.entity_name": nil, "legal.statutes_url": nil}, false},
		{"fiscal-host", map[string]any{"legal.vehicle": "fiscal-host", "legal.entity_name": "Fondation Exemple", "legal.host_form": "foundation", "legal.foundation_kind": "public-utility"}, false},
	} {
		for li, l := range textfmt.All {
			doc := charterDoc(t, c.set, l)
			body := clausePlain(doc, "conduct-sanctions")
			if body == "" {
				t.Fatalf("%s %s: no clause conduct-sanctions", c.name, l)
			}
			n := clauseNumber(t, doc, "conduct-appeal")
			w := strings.Replace(wait[li], "12.6", n, 1)
			fxc1Has(t, c.name, l, body, "proposal waits for the appeal", w, c.want)
			k := keeps[li]
			if c.name == "scic" && li == 1 {
				k = keepsSCIC
			}
			fxc1Has(t, c.name, l, body, "rights kept until the organ decides", k, c.want)
		}
	}
}

// fxc1-3: an association formed for the Commons devolves the whole of its
// net assets under the Charter (loi 1901, art. 9; décret 16 août 1901,
// art. 15); an existing association keeps its statutes for the rest, and
// the SCIC has its own rule (loi 1947, art. 19).
func TestFxc1AssociationFormedForTheCommonsDevolvesAllItsNetAssets(t *testing.T) {
	all := [2]string{"Since the Legal Entity was formed for the Commons, these rules and the following Article apply to the whole of its net assets, whatever they consist of.", "La Structure porteuse ayant été constituée pour le Commun, ces règles et l'article suivant s'appliquent à l'ensemble de son actif net, quels qu'en soient les éléments."}
	art9 := [2]string{"In accordance with Article 9 of the law of 1 July 1901", "Conformément à l'article 9 de la loi du 1er juillet 1901"}
	for _, c := range []struct {
		name      string
		set       map[string]any
		assoc, in bool
	}{
		{"association-new", map[string]any{"legal.vehicle": "association", "legal.existing_entity": false}, true, true},
		{"association-new-public-body-devolution", map[string]any{"legal.vehicle": "association", "legal.existing_entity": false, "exit.devolution": "public-body"}, true, true},
		{"association-existing", map[string]any{"legal.vehicle": "association", "legal.existing_entity": true}, true, false},
		{"scic-new", fxWith(fxSCIC(), "legal.existing_entity", false), false, false},
		{"none", map[string]any{"legal.vehicle": "none", "legal.entity_name": nil, "legal.statutes_url": nil}, false, false},
	} {
		for li, l := range textfmt.All {
			body := clausePlain(charterDoc(t, c.set, l), "exit-dissolution")
			if body == "" {
				t.Fatalf("%s %s: no clause exit-dissolution", c.name, l)
			}
			fxc1Has(t, c.name, l, body, "loi 1901 art. 9", art9[li], c.assoc)
			fxc1Has(t, c.name, l, body, "whole net assets", all[li], c.in)
		}
	}
}

// fxc1-4: a legal entity other than a public body (which names its own
// officer) designates a data protection officer where GDPR Article 37
// requires it, whenever the answers bring health data or monitoring of
// homes into the Commons; without such data, or without a legal entity,
// the sentence is absent.
func TestFxc1DataProtectionOfficerWhereArticle37Requires(t *testing.T) {
	dpo := [2]string{"The Legal Entity shall designate a data protection officer where Article 37 of the GDPR so requires", "La Structure porteuse désigne un délégué à la protection des données lorsque l'article 37 du RGPD l'exige"}
	publish := [2]string{"communicate them to the supervisory authority (GDPR, Article 37(7))", "les communique à l'autorité de contrôle (RGPD, article 37, paragraphe 7)"}
	none := map[string]any{"commons.sensitive_participants": false, "commons.device_data": false, "commons.people_recorded": false}
	for _, c := range []struct {
		name string
		set  map[string]any
		want bool
	}{
		{"association-sensitive", fxWith(none, "legal.vehicle", "association", "commons.sensitive_participants", true), true},
		{"association-devices", fxWith(none, "legal.vehicle", "association", "commons.personal_data", true, "commons.device_data", true), true},
		{"association-recorded", fxWith(none, "legal.vehicle", "association", "commons.people_recorded", true), true},
		{"scic-sensitive", fxWith(fxWith(fxSCIC(), "commons.sensitive_participants", true)), true},
		{"association-plain", fxWith(none, "legal.vehicle", "association"), false},
		{"public-body-sensitive", fxWith(none, "legal.vehicle", "public-body", "legal.entity_name", "Ville de Sentiers", "commons.sensitive_participants", true), false},
		{"none-sensitive", fxWith(none, "legal.vehicle", "none", "legal.entity_name", nil, "legal.statutes_url", nil, "commons.sensitive_participants", true), false},
	} {
		for li, l := range textfmt.All {
			body := clausePlain(charterDoc(t, c.set, l), "personal-data-controller")
			if body == "" {
				t.Fatalf("%s %s: no clause personal-data-controller", c.name, l)
			}
			fxc1Has(t, c.name, l, body, "DPO where Article 37 requires", dpo[li], c.want)
			fxc1Has(t, c.name, l, body, "DPO published and notified", publish[li], c.want)
		}
	}
}

// fxc1-5 and fxc1-10: measurements from devices in homes rest on the
// consent of the person where the device is installed (French text:
// « consentement », not « accord ») and, for the other occupants, on
// legitimate interest (public task for a public body), with a right to
// object that works as a withdrawal of consent.
func TestFxc1DeviceMeasurementsOtherOccupantsMayObject(t *testing.T) {
	consent := [2]string{"enter the Resources only with that person's express consent", "ne sont intégrés aux Ressources qu'avec le consentement exprès de cette personne"}
	objection := [2]string{"the information they receive shall tell them that they may object at any time, and an objection by any of them has the same effects as a withdrawal of consent (GDPR, Article 21)", "l'information qu'ils reçoivent leur indique qu'ils peuvent s'y opposer à tout moment, et l'opposition de l'un d'eux produit les mêmes effets que le retrait du consentement (RGPD, article 21)"}
	interest := [2]string{"In so far as the measurements concern the other occupants of the place, they are processed on the basis of the legitimate interest of the Legal Entity and of third parties, in particular reusers, in building a shared resource (GDPR, Article 6(1)(f))", "Les mesures, en ce qu'elles concernent les autres occupants du lieu, sont traitées sur le fondement de l'intérêt légitime de la Structure porteuse et des tiers, notamment des réutilisateurs, à la constitution d'une ressource partagée (RGPD, article 6, paragraphe 1, point f)"}
	public := [2]string{"on the basis of the task in the public interest vested in the Legal Entity (GDPR, Article 6(1)(e))", "sur le fondement de la mission d'intérêt public dont la Structure porteuse est investie (RGPD, article 6, paragraphe 1, point e)"}
	oldFR := "l'accord exprès de cette personne"
	for _, c := range []struct {
		name    string
		set     map[string]any
		devices bool
	}{
		{"association", map[string]any{"legal.vehicle": "association", "commons.personal_data": true, "commons.device_data": true}, true},
		{"public-body", map[string]any{"legal.vehicle": "public-body", "legal.entity_name": "Ville de Sentiers", "commons.personal_data": true, "commons.device_data": true}, true},
		{"no-devices", map[string]any{"legal.vehicle": "association", "commons.personal_data": true, "commons.device_data": false}, false},
	} {
		for li, l := range textfmt.All {
			body := clausePlain(charterDoc(t, c.set, l), "personal-data-devices")
			if (body != "") != c.devices {
				t.Fatalf("%s %s: devices clause printed=%v", c.name, l, body != "")
			}
			if !c.devices {
				continue
			}
			fxc1Has(t, c.name, l, body, "consent of the person", consent[li], true)
			fxc1Has(t, c.name, l, body, "occupants may object", objection[li], true)
			fxc1Has(t, c.name, l, body, "legitimate interest", interest[li], c.name == "association")
			fxc1Has(t, c.name, l, body, "public task", public[li], c.name == "public-body")
			if li == 1 {
				fxc1Has(t, c.name, l, body, "« accord exprès »", oldFR, false)
			}
		}
	}
}

// fxc1-7: under admission on approval, the body that decides on
// admissions adopts the criteria, which only specify the conditions of
// Article 4.2 and apply to later applications; other modes of admission
// have no criteria.
func TestFxc1AdmissionCriteriaAdoptedAndBounded(t *testing.T) {
	bounded := [2]string{"they may only specify the conditions of Article 4.2, without adding to them, and apply only to applications made after their publication", "ils ne peuvent que préciser les conditions prévues à l'article 4.2, sans en ajouter, et ne s'appliquent qu'aux candidatures présentées après leur publication"}
	bySteering := [2]string{"The admission criteria shall be adopted by the Steering Committee under the rule set for membership decisions", "Les critères d'admission sont arrêtés par le Comité de pilotage selon la règle applicable aux décisions relatives aux adhésions"}
	byAssembly := [2]string{"The admission criteria shall be adopted by the Assembly under the rule set for membership decisions", "Les critères d'admission sont arrêtés par l'Assemblée selon la règle applicable aux décisions relatives aux adhésions"}
	for _, c := range []struct {
		name      string
		set       map[string]any
		admission string
		steering  bool
	}{
		{"association-steering", map[string]any{"legal.vehicle": "association", "membership.admission": "approval", "governance.steering": true}, "approval", true},
		{"association-assembly", map[string]any{"legal.vehicle": "association", "membership.admission": "approval", "governance.steering": false}, "approval", false},
		{"public-body", map[string]any{"legal.vehicle": "public-body", "legal.entity_name": "Ville de Sentiers", "membership.admission": "approval", "governance.steering": true}, "approval", true},
		{"declaration", map[string]any{"legal.vehicle": "association", "membership.admission": "declaration"}, "declaration", true},
	} {
		for li, l := range textfmt.All {
			doc := charterDoc(t, c.set, l)
			body := clausePlain(doc, "membership-admission-"+c.admission)
			if body == "" {
				t.Fatalf("%s %s: no admission clause", c.name, l)
			}
			n := clauseNumber(t, doc, "membership-classes")
			approval := c.admission == "approval"
			fxc1Has(t, c.name, l, body, "criteria bounded", strings.Replace(bounded[li], "4.2", n, 1), approval)
			fxc1Has(t, c.name, l, body, "criteria by the Steering Committee", bySteering[li], approval && c.steering)
			fxc1Has(t, c.name, l, body, "criteria by the Assembly", byAssembly[li], approval && !c.steering)
		}
	}
}

// fxc1-6: refused applications are destroyed six months after the
// refusal (admission on approval only); written consents are kept as
// proof where the Charter collects them (devices, people recorded,
// health).
func TestFxc1RetentionOfRefusalsAndConsents(t *testing.T) {
	refused := [2]string{"Refused applications, with the applicant's observations and the decision of refusal, shall be destroyed six (6) months after the refusal is notified", "Les candidatures refusées, avec les observations du candidat et la décision de refus, sont détruites six (6) mois après la notification du refus"}
	consents := [2]string{"The consents obtained under Article 14 shall be kept, as proof, for as long as the data they cover are processed", "Les consentements recueillis en application de l'article 14 sont conservés, comme preuve, aussi longtemps que les données qu'ils couvrent sont traitées"}
	plain := map[string]any{"legal.vehicle": "association", "commons.sensitive_participants": false, "commons.device_data": false, "commons.people_recorded": false}
	for _, c := range []struct {
		name              string
		set               map[string]any
		refusals, consent bool
	}{
		{"approval-sensitive", fxWith(plain, "membership.admission", "approval", "commons.sensitive_participants", true), true, true},
		{"approval-plain", fxWith(plain, "membership.admission", "approval"), true, false},
		{"declaration-devices", fxWith(plain, "membership.admission", "declaration", "commons.personal_data", true, "commons.device_data", true), false, true},
		{"declaration-plain", fxWith(plain, "membership.admission", "declaration"), false, false},
	} {
		for li, l := range textfmt.All {
			doc := charterDoc(t, c.set, l)
			body := clausePlain(doc, "personal-data-retention")
			if body == "" {
				t.Fatalf("%s %s: no retention clause", c.name, l)
			}
			n := clauseNumber(t, doc, "personal-data")
			fxc1Has(t, c.name, l, body, "refused applications", refused[li], c.refusals)
			fxc1Has(t, c.name, l, body, "consents kept as proof", strings.Replace(consents[li], "14", n, 1), c.consent)
		}
	}
}

// fxc1-11: under admission on approval, the applications and the
// decisions on them have their own purpose and legal basis: steps taken
// at the applicant's request (public task for a public body, legitimate
// interest for a host); other modes of admission have no applications.
func TestFxc1ApplicationsHaveAPurposeAndABasis(t *testing.T) {
	pre := [2]string{"applications for membership and the decisions on them, to examine them, as steps taken at the applicant's request before membership (Article 6(1)(b))", "les candidatures à l'adhésion et les décisions qui s'y rapportent, pour leur examen, au titre des mesures précontractuelles prises à la demande du candidat (article 6, paragraphe 1, point b)"}
	task := [2]string{"applications for membership and the decisions on them, to examine them, in the performance of the same task (Article 6(1)(e))", "les candidatures à l'adhésion et les décisions qui s'y rapportent, pour leur examen, dans l'exercice de la même mission (article 6, paragraphe 1, point e)"}
	listed := [2]string{"applications for membership and the decisions on them", "les candidatures à l'adhésion et les décisions qui s'y rapportent"}
	for _, c := range []struct {
		name, admission, want string
		set                   map[string]any
	}{
		{"association", "approval", "pre", map[string]any{"legal.vehicle": "association"}},
		{"public-body", "approval", "task", map[string]any{"legal.vehicle": "public-body", "legal.entity_name": "Ville de Sentiers"}},
		{"association-declaration", "declaration", "", map[string]any{"legal.vehicle": "association"}},
	} {
		for li, l := range textfmt.All {
			body := clausePlain(charterDoc(t, fxWith(c.set, "membership.admission", c.admission), l), "personal-data-purposes")
			if body == "" {
				t.Fatalf("%s %s: no purposes clause", c.name, l)
			}
			fxc1Has(t, c.name, l, body, "applications listed", listed[li], c.want != "")
			fxc1Has(t, c.name, l, body, "pre-contractual steps", pre[li], c.want == "pre")
			fxc1Has(t, c.name, l, body, "public task", task[li], c.want == "task")
		}
	}
}
