package templates

import (
	"slices"
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// fxrcHost is the combination that review RC read: a commons hosted by a
// foundation recognised as of public utility, deciding by consensus,
// whose resources are software, a standard and content.
func fxrcHost() map[string]any {
	return map[string]any{
		"legal.vehicle": "fiscal-host", "legal.host_form": "foundation", "legal.foundation_kind": "public-utility",
		"legal.entity_name": "Fondation Exemple", "governance.default_rule": "consensus", "governance.steering": false,
		"membership.admission": "declaration", "decisions.membership": "default",
		"commons.resources": []string{"software", "standard", "content"},
	}
}

type fxrcWant struct {
	clause string
	text   [2]string
	want   bool
}

func fxrcCheck(t *testing.T, name string, set map[string]any, wants []fxrcWant) {
	t.Helper()
	for li, l := range textfmt.All {
		doc := charterDoc(t, set, l)
		for _, w := range wants {
			body := clausePlain(doc, w.clause)
			if got := strings.Contains(body, w.text[li]); got != w.want {
				t.Errorf("%s %s %s: %q printed=%v, want %v\n%s", name, l, w.clause, w.text[li], got, w.want, body)
			}
		}
	}
}

// RC-3, RC-4: a refusal of admission is never left to consensus or
// consent (one objection would admit a banned person by lapse): it is
// voted by simple majority, notified to the applicant alone and never
// published.
func TestFxrcRefusalVotedAndNotPublished(t *testing.T) {
	vote := [2]string{"it is put to a vote and requires a simple majority of the votes cast", "il est mis aux voix et requiert la majorité simple des suffrages exprimés"}
	byConsensus := [2]string{"A refusal is never adopted by consensus, so that a single objection cannot admit", "Un refus n'est jamais adopté par consensus, afin qu'une seule opposition ne puisse faire admettre"}
	byConsent := [2]string{"A refusal is never adopted by consent:", "Un refus n'est jamais adopté par consentement :"}
	row := [2]string{"Simple majority for a refusal", "Majorité simple pour un refus"}
	notified := [2]string{"and the refusals of admission, which are notified, with their reasons, to the applicant alone", "ainsi que des refus d'adhésion, notifiés avec leurs motifs au seul candidat"}
	bullet := [2]string{"except the decisions on conduct and the refusals of admission;", "à l'exception des décisions relatives à la conduite et des refus d'adhésion ;"}
	secret := [2]string{"refusals of admission and their reasons;", "les refus d'adhésion et leurs motifs ;"}
	for _, c := range []struct {
		name, rule string
	}{{"consensus", "consensus"}, {"consent", "consent"}, {"majority", "majority"}, {"two-thirds", "two-thirds"}} {
		set := fxWith(fxrcHost(), "decisions.membership", c.rule)
		informal := c.rule == "consensus" || c.rule == "consent"
		fxrcCheck(t, c.name, set, []fxrcWant{
			{"membership-admission-declaration", vote, informal},
			{"membership-admission-declaration", byConsensus, c.rule == "consensus"},
			{"membership-admission-declaration", byConsent, c.rule == "consent"},
			{"decisions-table", row, informal},
			{"decisions-principles", notified, true},
			{"transparency-space", bullet, true},
			{"transparency-confidential", secret, true},
		})
	}
	// On approval under consensus, the refusal goes to the vote at once.
	at := [2]string{"the facilitator shall put the refusal to the vote without waiting for consensus", "l'animateur soumet le refus au vote sans attendre le consensus"}
	fxrcCheck(t, "approval", fxWith(fxrcHost(), "membership.admission", "approval"), []fxrcWant{
		{"rule-consensus", at, true},
		{"membership-admission-approval", vote, true},
	})
}

// RC-5: after two failed rounds the fallback vote is due at any member's
// request; it no longer depends on the facilitator alone.
func TestFxrcConsensusFallbackDue(t *testing.T) {
	due := [2]string{"the facilitator shall put it to a vote of the body at the request of any of its members, at the next meeting or consultation; it is then adopted only by a two-thirds majority", "l'animateur la soumet, à la demande de tout membre de l'instance, au vote de celle-ci lors de la réunion ou consultation suivante ; elle n'est alors adoptée qu'à la majorité des deux tiers"}
	may := [2]string{"the facilitator may put it to a vote", "l'animateur peut la soumettre au vote"}
	fxrcCheck(t, "consensus", fxrcHost(), []fxrcWant{{"rule-consensus", due, true}, {"rule-consensus", may, false}})
}

// RC-1, RC-2, RC-19, RC-23: whatever the content licence, the charter says
// that implementing a specification needs no licence of its text, what
// that licence covers and which licence the fixtures of a test suite keep;
// a share-alike licence is named as such. The questionnaire warns of a
// share-alike licence on specifications, and of a licence off the French
// public-sector list when French public bodies may join.
func TestFxrcSpecificationLicence(t *testing.T) {
	implement := [2]string{"Implementing a specification, that is producing software, data or devices that conform to it, requires no licence of its text: the content licence governs only the reproduction and adaptation of the text, schemas and examples themselves", "Mettre en œuvre une spécification, c'est-à-dire produire des logiciels, des données ou des dispositifs qui s'y conforment, ne requiert aucune licence sur son texte : la licence des contenus ne régit que la reproduction et l'adaptation du texte, des schémas et des exemples eux-mêmes"}
	sa := [2]string{"including its share-alike condition for what adapts them", "y compris sa clause de partage dans les mêmes conditions pour ce qui les adapte"}
	fixtures := [2]string{"the schemas and examples that they contain remaining under the content licence", "les schémas et exemples qu'elles contiennent restant soumis à la licence des contenus"}
	key := [2]string{"including the specifications, with their schemas and examples", "spécifications comprises, avec leurs schémas et exemples"}
	k, _ := Lookup("charter")
	for _, c := range []struct {
		licence          string
		shareAlike, list bool
	}{{"CC-BY-SA-4.0", true, false}, {"CC-BY-4.0", false, false}, {"etalab-2.0", false, true}, {"GFDL-1.3-or-later", true, false}} {
		set := fxWith(fxrcHost(), "licences.content", c.licence)
		fxrcCheck(t, c.licence, set, []fxrcWant{
			{"standards-royalty-free", implement, true},
			{"standards-royalty-free", sa, c.shareAlike},
			{"standards-royalty-free", fixtures, true},
		})
		for li, l := range textfmt.All {
			if front := clausePlain(charterDoc(t, set, l), "key-information"); !strings.Contains(front, key[li]) {
				t.Errorf("%s %s: the key information does not name the specifications' licence", c.licence, l)
			}
		}
		v := clone(exampleValues(t, k))
		for kk, vv := range set {
			v[kk] = vv
		}
		v["membership.classes"] = []string{"individuals", "public-bodies"}
		v["governing_law"] = "FR"
		broken := brokenRules(k, v)
		if got := slices.Contains(broken, "standard-share-alike-content"); got != c.shareAlike {
			t.Errorf("%s: share-alike warning %v, want %v", c.licence, got, c.shareAlike)
		}
		if got := slices.Contains(broken, "standard-content-licence-off-public-list"); got == c.list {
			t.Errorf("%s: public-list warning %v, want %v", c.licence, got, !c.list)
		}
		v["commons.resources"] = []string{"software", "content"}
		broken = brokenRules(k, v)
		if slices.Contains(broken, "standard-share-alike-content") || slices.Contains(broken, "standard-content-licence-off-public-list") {
			t.Errorf("%s: a specification warning without specifications", c.licence)
		}
	}
	for _, id := range []string{"standard-share-alike-content", "standard-content-licence-off-public-list"} {
		i := slices.IndexFunc(k.Questionnaire.Rules, func(r *questionnaire.Rule) bool { return r.ID == id })
		if i < 0 || k.Questionnaire.Rules[i].Reason[textfmt.EN] == "" || k.Questionnaire.Rules[i].Reason[textfmt.FR] == "" {
			t.Errorf("%s: missing, or a reason in one language only", id)
		}
	}
}

// RC-6, RC-7, RC-8: the patent undertaking covers the specifications
// published before admission and the patents acquired while a Member,
// may be suspended against whoever asserts an essential claim, is
// accepted for a legal person by its legal representative, and a public
// body states the general interest of giving it free of charge.
func TestFxrcPatentUndertaking(t *testing.T) {
	scope := [2]string{"a specification that the Commons publishes before or while it is a Member, the essential claims of the patents and patent applications that it holds or controls at any time while it is a Member", "une spécification que le Commun publie avant ou pendant son adhésion les revendications essentielles des brevets et demandes de brevet qu'il détient ou contrôle à un moment quelconque pendant son adhésion"}
	left := [2]string{"for the specifications published before it left", "pour les spécifications publiées avant ce départ"}
	suspend := [2]string{"suspend it towards a person who asserts, or whose controlled entity asserts, an essential claim of a patent against an implementation of the same specification", "le suspendre à l'égard de toute personne qui oppose, elle-même ou par une entité qu'elle contrôle, une revendication essentielle d'un brevet à une mise en œuvre de la même spécification"}
	signed := [2]string{"is signed by its legal representative, or by a person to whom they have delegated that power in writing, and refers expressly to this article", "est signée par son représentant légal, ou par une personne à qui celui-ci a délégué ce pouvoir par écrit, et vise expressément le présent article"}
	general := [2]string{"states the reasons of general interest for which it makes that undertaking free of charge", "énonce les motifs d'intérêt général pour lesquels elle le prend à titre gratuit"}
	old := [2]string{"published by the Commons while it is a Member", "publiée par le Commun pendant qu'il est Membre"}
	for _, admission := range []string{"declaration", "approval", "contribution"} {
		set := fxWith(fxrcHost(), "membership.admission", admission, "membership.classes", []string{"individuals", "public-bodies", "companies"})
		fxrcCheck(t, admission, set, []fxrcWant{
			{"standards-royalty-free", scope, true},
			{"standards-royalty-free", left, true},
			{"standards-royalty-free", suspend, true},
			{"standards-royalty-free", signed, true},
			{"standards-royalty-free", old, false},
			{"membership-public-bodies-joining", general, true},
		})
	}
	noStandard := fxWith(fxrcHost(), "commons.resources", []string{"software", "content"}, "membership.classes", []string{"individuals", "public-bodies"})
	fxrcCheck(t, "no standard", noStandard, []fxrcWant{{"membership-public-bodies-joining", general, false}})
}

// RC-13, RC-15, RC-16: a second call never dissolves the Commons below the
// quorum; an appeal against the loss of membership is decided within two
// months, not at a next meeting months away; in an emergency, any
// Maintainer or administrator of the space suspends access to unlawful
// content, without waiting for a committee.
func TestFxrcQuorumAppealEmergency(t *testing.T) {
	dissolution := [2]string{"A second meeting or consultation on the dissolution of the Commons still requires half that quorum; if it does not reach it, the facilitator shall call, at least three (3) months after it", "Une seconde réunion ou consultation sur la dissolution du Commun requiert encore la moitié de ce quorum ; si elle ne l'atteint pas, l'animateur organise, trois (3) mois au moins après elle"}
	appeal := [2]string{"decides, at a meeting or by a written consultation held within two (2) months of the appeal, in the absence", "statue, en réunion ou par consultation écrite, dans un délai de deux (2) mois à compter du recours, hors la présence"}
	emergency := [2]string{"any Maintainer or administrator of the space concerned shall suspend access to it as a precaution until that decision, and inform", "tout Mainteneur ou administrateur de l'espace concerné en suspend l'accès à titre conservatoire jusqu'à cette décision, et en informe sans délai"}
	committee := [2]string{"in an emergency, the Technical Committee shall suspend", "en cas d'urgence, le Comité technique en suspend"}
	for _, v := range []string{"fiscal-host", "none", "de-facto-association", "association"} {
		set := fxWith(fxrcHost(), "legal.vehicle", v)
		if v != "fiscal-host" && v != "association" {
			set = fxWith(set, "legal.entity_name", nil, "legal.statutes_url", nil)
		}
		member := v == "association"
		fxrcCheck(t, v, set, []fxrcWant{
			{"decisions-quorum", dissolution, !member},
			{"conduct-appeal", appeal, !member},
			{"contribution-notices", emergency, true},
			{"contribution-notices", committee, false},
		})
	}
}

// RC-10, RC-12, RC-30: funds from receipted gifts go only to a beneficiary
// that may itself receive such gifts, whatever the devolution; only the
// host accepts a gift, the mandated Members agree to its allocation; a
// Member is paid no more than the normal price, with the host's approval
// where the host holds the funds.
func TestFxrcReceiptedFundsAndPayments(t *testing.T) {
	receipted := [2]string{"are transferred only to a beneficiary that may itself receive such gifts under Articles 200 and 238 bis of the French General Tax Code", "ne sont transférés qu'à un bénéficiaire habilité lui-même à recevoir de tels dons au titre des articles 200 et 238 bis du Code général des impôts"}
	// RI-13 (fx4j): stated once, in 15.2; the devolution and hosting
	// articles refer to it.
	receiptedRef := [2]string{"Funds from gifts for which tax receipts were issued are transferred only as provided in Article", "Les fonds provenant de dons ayant donné lieu à la délivrance de reçus fiscaux ne sont transférés que dans les conditions de l'article"}
	agree := [2]string{"agree, for the Commons, that the Legal Entity, which alone accepts them, allocate to the Commons funds", "donnent l'accord du Commun à ce que la Structure porteuse, qui seule les accepte, lui affecte des financements"}
	accept := [2]string{"agree to funding", "acceptent pour le Commun"}
	price := [2]string{"at no more than the normal price of comparable work", "pour un prix qui n'excède pas le prix normal d'un travail comparable"}
	approval := [2]string{"and with the approval of the Legal Entity, which ascertains that the payment serves the purpose", "et avec l'approbation de la Structure porteuse, qui vérifie que la rémunération sert l'objet"}
	for _, dev := range []string{"commons", "public-body", "foundation"} {
		for _, funding := range [][]string{{"donations", "sponsorship"}, {"services"}} {
			gifts := funding[0] == "donations"
			set := fxWith(fxrcHost(), "exit.devolution", dev, "economy.funding", funding)
			fxrcCheck(t, dev, set, []fxrcWant{
				{"exit-devolution-" + dev, receiptedRef, gifts},
				{"legal-fiscal-host", receiptedRef, gifts},
				{"exit-devolution-" + dev, receipted, false},
				{"legal-fiscal-host", receipted, false},
				{"assets-holder-entity", receipted, gifts},
				{"bodies-no-steering", agree, true},
				{"bodies-no-steering", accept, false},
				{"economy-principles", price, true},
				{"economy-principles", approval, true},
			})
		}
	}
	assoc := fxWith(fxrcHost(), "legal.vehicle", "association", "economy.funding", []string{"donations"})
	fxrcCheck(t, "association", assoc, []fxrcWant{
		{"exit-devolution-commons", receiptedRef, true},
		{"economy-principles", price, true},
		{"economy-principles", approval, false},
	})
}

// RC-14, RC-17, RC-18: the charter names who adopts the trademark policy
// and who grants each authorisation; a host is bound only once the
// hosting agreement is signed, the facilitator keeping the register until
// then; a trademark filed before adoption passes by a written assignment
// recorded in the register.
func TestFxrcTrademarkAndTransition(t *testing.T) {
	policy := [2]string{"That policy is adopted as a strategy decision, by the body and under the rule that", "Cette politique est adoptée comme une décision stratégique, par l'instance et selon la règle que fixe"}
	byEntity := [2]string{"is given in writing by the Legal Entity, as proprietor of the trademark, on the assent of the Technical Committee", "est délivrée par écrit par la Structure porteuse, titulaire de la marque, sur avis conforme du Comité technique"}
	signature := [2]string{"the provisions of this Charter that bind the Legal Entity take effect when the hosting agreement is signed, and until then the facilitator of the Assembly keeps the register of Members", "les stipulations de la Charte qui engagent la Structure porteuse prennent effet à la signature de la convention d'accueil, et jusque-là l'animateur de l'Assemblée tient le registre des Membres"}
	deed := [2]string{"a trademark by a written deed of assignment recorded in the register where it is registered", "une marque par un acte écrit de cession inscrit au registre où elle est enregistrée"}
	for _, c := range []struct {
		vehicle   string
		trademark bool
	}{{"fiscal-host", true}, {"fiscal-host", false}, {"association", true}} {
		set := fxWith(fxrcHost(), "legal.vehicle", c.vehicle, "assets.trademark", c.trademark, "version", "1.0")
		host := c.vehicle == "fiscal-host"
		fxrcCheck(t, c.vehicle, set, []fxrcWant{
			{"assets-trademark-registered", policy, c.trademark},
			{"assets-trademark-registered", byEntity, c.trademark},
			{"transitional", signature, host},
			{"transitional", deed, host && c.trademark},
		})
	}
}

// RC-9, RC-11, RC-21, RC-22, RC-24, RC-25, RC-28, RC-32: wording. The
// charter does not concede an association "at most"; the Assembly
// survives for the devolution; the reciprocity report is published; a
// document without description still has a role in Annex A; the consent
// row says "Consent" in both languages; French elides before « aucun »;
// English says "in proportion to"; both versions say that words for
// persons include every gender.
func TestFxrcWording(t *testing.T) {
	purport := [2]string{"This Charter does not purport to form an association between the Members; should their cooperation nonetheless be held to be one", "La Charte n'a pas pour objet de constituer une association entre les Membres ; si leur coopération devait néanmoins être qualifiée comme telle"}
	atMost := [2]string{"at most an undeclared association", "tout au plus une association"}
	survive := [2]string{"The Assembly, and the mandates that it has given, continue for the purposes of the devolution until it is completed.", "L'Assemblée et les mandats qu'elle a donnés subsistent pour les besoins de la dévolution jusqu'à son achèvement."}
	report := [2]string{"that report is published in the Governance Space", "ce compte rendu est publié dans l'Espace de gouvernance"}
	proportion := [2]string{"in proportion to that benefit", "à la mesure de cet avantage"}
	gender := [2]string{"Words that designate persons include every gender.", "Les termes désignant des personnes s'entendent au féminin comme au masculin."}
	consentRow := [2]string{"| Consent (", "| Consentement ("}
	set := fxWith(fxrcHost(), "economy.reciprocity", "members-commit", "decisions.strategy", "consent")
	fxrcCheck(t, "host", set, []fxrcWant{
		{"legal-fiscal-host", purport, true},
		{"legal-fiscal-host", atMost, false},
		{"exit-devolution-commons", survive, true},
		{"reciprocity-members", report, true},
		{"reciprocity-members", proportion, true},
		{"definitions", gender, true},
		{"decisions-table", consentRow, true},
	})
	fxrcCheck(t, "association", fxWith(set, "legal.vehicle", "association"), []fxrcWant{{"exit-devolution-commons", survive, false}})
	for li, l := range textfmt.All {
		doc := charterDoc(t, fxWith(set, "documents", []questionnaire.Record{{"title": "Roadmap", "url": "https://example.org/roadmap"}}), l)
		annex := clausePlain(doc, "annex-a")
		if want := [2]string{"Reference document of the Commons", "Document de référence du Commun"}[li]; !strings.Contains(annex, want) {
			t.Errorf("%s: a document without description has no role in Annex A:\n%s", l, annex)
		}
		if l == textfmt.FR {
			var all strings.Builder
			for _, c := range doc.Clauses {
				all.WriteString(plainSpaces(c.Body))
			}
			if strings.Contains(all.String(), "orsque aucun") {
				t.Errorf("fr: « lorsque aucun » is not elided")
			}
		}
	}
}

// RC-26, RC-27: the licences are named by their official titles, and each
// version points to the official French text where one exists.
func TestFxrcLicenceTitlesAndFrenchTexts(t *testing.T) {
	title := [2]string{"**Creative Commons Attribution-ShareAlike 4.0 International**", "**Creative Commons Attribution - Partage dans les Mêmes Conditions 4.0 International**"}
	eupl := [2]string{"and official French text at <https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32017D0863", "et texte officiel en français à l'adresse <https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32017D0863"}
	bysa := [2]string{"https://creativecommons.org/licenses/by-sa/4.0/legalcode.fr", "https://creativecommons.org/licenses/by-sa/4.0/legalcode.fr"}
	french := [2]string{"official French text", "texte officiel en français"}
	fxrcCheck(t, "eupl", fxWith(fxrcHost(), "licences.software", "EUPL-1.2", "licences.content", "CC-BY-SA-4.0"), []fxrcWant{
		{"licences-content", title, true},
		{"licences-content", bysa, true},
		{"licences-software", eupl, true},
	})
	fxrcCheck(t, "mit", fxWith(fxrcHost(), "licences.software", "MIT", "licences.content", "etalab-2.0"), []fxrcWant{
		{"licences-software", french, false},
		{"licences-content", french, false},
	})
}

// RC-20: under consensus or consent as the default rule, designations and
// acts of administration are decided by simple majority, not in three
// rounds.
func TestFxrcAdministrationByMajority(t *testing.T) {
	row := [2]string{"| Designations and acts of administration: appointment of the persons who act for the Commons under a mandate that this Charter provides for, creation of working groups | The body concerned | Simple majority (", "| Désignations et actes d'administration : désignation des personnes qui agissent pour le Commun en vertu d'un mandat que prévoit la Charte, création de groupes de travail | L'instance concernée | Majorité simple ("}
	for _, d := range []string{"consensus", "consent", "majority", "two-thirds", "lazy-consensus"} {
		fxrcCheck(t, d, fxWith(fxrcHost(), "governance.default_rule", d), []fxrcWant{{"decisions-table", row, d == "consensus" || d == "consent"}})
	}
}
