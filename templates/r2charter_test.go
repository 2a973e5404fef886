package templates

import (
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// r2Text is the clause with every kind of no-break space made plain.
func r2Text(t *testing.T, vals questionnaire.Values, l textfmt.Lang, id string) string {
	t.Helper()
	return strings.ReplaceAll(charter2Body(t, vals, l, id), "\u202f", " ")
}

// r2Check asserts that each phrase is in text when want holds, and absent
// otherwise.
func r2Check(t *testing.T, name string, text string, want bool, phrases ...string) {
	t.Helper()
	for _, p := range phrases {
		if got := strings.Contains(text, p); got != want {
			t.Errorf("%s: %q present=%v, want %v", name, p, got, want)
		}
	}
}

// SK-3: without a legal person, the holder's mandate is given by all the
// Members through the Assembly and survives the death, guardianship or
// insolvency of a Member, by derogation from C. civ. 2003; the mandate
// without representation cites art. 1154, al. 2 only (art. 1984 defines a
// mandate with representation).
func TestR2CharterMandateSurvivesMembers(t *testing.T) {
	derog := map[textfmt.Lang][]string{
		textfmt.FR: {"Ce mandat lui est donné par l'ensemble des Membres, agissant par l'Assemblée", "par dérogation à l'article 2003 du Code civil, il n'est affecté ni par le décès, la mise sous tutelle ou la déconfiture d'un Membre", "ni par l'admission ou le départ d'un Membre"},
		textfmt.EN: {"That mandate is given to the holder by all the Members, acting through the Assembly", "by way of derogation from Article 2003 of the French Civil Code, it is not affected by the death, guardianship or insolvency of a Member", "or by the admission or departure of a Member"},
	}
	legalPerson := map[textfmt.Lang]string{textfmt.FR: "ni par la dissolution d'un Membre personne morale", textfmt.EN: "by the dissolution of a Member that is a legal person"}
	old := map[textfmt.Lang]string{textfmt.FR: "articles 1984", textfmt.EN: "Articles 1984"}
	for _, c := range []struct {
		vehicle string
		classes []string
		want    bool
	}{
		{"de-facto-association", []string{"individuals"}, true},
		{"de-facto-association", []string{"individuals", "non-profits"}, true},
		{"none", []string{"individuals", "companies"}, true},
		{"association", []string{"individuals"}, false},
		{"fiscal-host", []string{"individuals"}, false},
	} {
		vals := charter2Vals(t, c.vehicle, c.classes...)
		for _, l := range textfmt.All {
			name := c.vehicle + "/" + strings.Join(c.classes, ",") + "/" + string(l)
			holder := r2Text(t, vals, l, "assets-holder-trustee")
			if holder == "" && c.want {
				t.Fatalf("%s: no clause on the holder of the assets", name)
			}
			r2Check(t, name, holder, c.want, derog[l]...)
			r2Check(t, name, holder, c.want && len(c.classes) > 1, legalPerson[l])
			r2Check(t, name+" holder", holder, false, old[l])
			r2Check(t, name+" funds", r2Text(t, vals, l, "economy-funds-member"), false, old[l])
			if c.want {
				r2Check(t, name, holder, true, map[textfmt.Lang]string{textfmt.FR: "(Code civil, article 1154, alinéa 2)", textfmt.EN: "(French Civil Code, Article 1154, second paragraph)"}[l])
			}
		}
	}
}

// SM-1: a conduct sanction that ends membership is appealed to the
// Assembly, in camera, by secret ballot, without revealing who reported;
// membership ends only after the appeal. The statutes of an association or
// SCIC, and the public law of a public body, keep their own procedure.
func TestR2CharterBanAppealToAssembly(t *testing.T) {
	phrases := map[textfmt.Lang][]string{
		textfmt.FR: {"lorsque la sanction emporte la perte de la qualité de Membre, le recours est porté devant l'Assemblée", "hors la présence de toute personne qui n'est pas Membre, à bulletin secret", "qui ne révèle pas l'identité de l'auteur du signalement", "La perte de la qualité de Membre ne prend effet qu'à l'expiration du délai de recours ou après la décision de l'Assemblée"},
		textfmt.EN: {"where the sanction entails the loss of Member status, the appeal lies to the Assembly", "in the absence of anyone who is not a Member, by secret ballot", "does not reveal the identity of the person who made the report", "The loss of Member status takes effect only once the time for appeal has expired or the Assembly has decided"},
	}
	for _, c := range []struct {
		vehicle  string
		steering bool
		want     bool
	}{
		{"de-facto-association", true, true},
		{"de-facto-association", false, true},
		{"none", true, true},
		{"fiscal-host", true, true},
		{"association", true, false},
		{"public-body", true, false},
	} {
		vals := charter2Vals(t, c.vehicle, "individuals")
		vals["governance.steering"] = c.steering
		for _, l := range textfmt.All {
			name := c.vehicle + "/" + string(l)
			text := r2Text(t, vals, l, "conduct-appeal")
			if text == "" {
				t.Fatalf("%s: no clause on appeals", name)
			}
			r2Check(t, name, text, c.want, phrases[l]...)
		}
	}
}

// SM-3: until the Assembly decides, the cap on the funds held by the holder
// is the amount answered; 0 means no funds are received until then.
func TestR2CharterInitialFundsCap(t *testing.T) {
	for _, c := range []struct {
		cap  int
		want map[textfmt.Lang]string
	}{
		{3000, map[textfmt.Lang]string{textfmt.FR: "et qui, jusqu'à sa décision, est de 3 000 euros ;", textfmt.EN: "which is EUR 3,000 until it decides;"}},
		{0, map[textfmt.Lang]string{textfmt.FR: "; jusqu'à sa décision, aucun fonds n'est reçu pour le Commun ;", textfmt.EN: "; until it decides, no funds are received for the Commons;"}},
	} {
		for _, vehicle := range []string{"de-facto-association", "none"} {
			vals := charter2Vals(t, vehicle, "individuals")
			vals["economy.funds_cap"] = c.cap
			for _, l := range textfmt.All {
				r2Check(t, vehicle+"/"+string(l), r2Text(t, vals, l, "economy-funds-member"), true, c.want[l])
			}
		}
	}
}

// SM-4, SM-6: the table of 7.2 lists every decision the body of the
// charter assigns to a rule of its own; the contact point for personal
// data is elected. SM-6: with a steering committee, the Assembly sets the
// fees on its proposal.
func TestR2CharterDecisionsTable(t *testing.T) {
	rows := map[textfmt.Lang][]string{
		textfmt.FR: {"second Membre titulaire de la procuration sur le compte du Commun", "point de contact pour les données personnelles", "Membres chargés de liquider les affaires du Commun", "| Plafond des fonds détenus pour le Commun", "| Déclaration de l'association et adoption de ses statuts"},
		textfmt.EN: {"second Member holding the power of attorney over the account of the Commons", "contact point for personal data", "Members in charge of winding up the affairs of the Commons", "| Cap on the funds held for the Commons", "| Declaration of the association and adoption of its statutes"},
	}
	trademark := map[textfmt.Lang]string{textfmt.FR: "| Dépôt du nom à titre de marque", textfmt.EN: "| Registration of the name as a trademark"}
	fees := map[textfmt.Lang]string{textfmt.FR: "| Montant des cotisations", textfmt.EN: "| Amount of membership fees"}
	feesBody := map[textfmt.Lang]string{textfmt.FR: "par l'Assemblée, sur proposition du Comité de pilotage, à la majorité simple", textfmt.EN: "by the Assembly, on a proposal of the Steering Committee, by simple majority"}
	elected := map[textfmt.Lang]string{textfmt.FR: "élire un autre point de contact, conformément à l'article", textfmt.EN: "elect another contact point under Article"}
	for _, c := range []struct {
		vehicle   string
		trademark bool
		steering  bool
	}{
		{"de-facto-association", false, true},
		{"de-facto-association", true, false},
		{"association", false, true},
		{"fiscal-host", true, true},
	} {
		vals := charter2Vals(t, c.vehicle, "individuals")
		vals["assets.trademark"] = c.trademark
		vals["governance.steering"] = c.steering
		vals["economy.funding"] = []string{"donations", "membership-fees"}
		noPerson := c.vehicle == "de-facto-association"
		for _, l := range textfmt.All {
			name := c.vehicle + "/" + string(l)
			table := r2Text(t, vals, l, "decisions-table")
			r2Check(t, name, table, noPerson, rows[l][:4]...)
			r2Check(t, name, table, c.vehicle == "de-facto-association", rows[l][4])
			r2Check(t, name, table, !c.trademark, trademark[l])
			ownFees := c.steering && c.vehicle != "association"
			r2Check(t, name, table, ownFees, fees[l])
			// An association's general assembly sets its fees on the
			// committee's proposal too, unless the statutes say otherwise (RU-11).
			r2Check(t, name+" 8.3", r2Text(t, vals, l, "economy-funding"), c.steering, feesBody[l])
			r2Check(t, name+" 14.1", r2Text(t, vals, l, "personal-data-controller"), noPerson, elected[l])
		}
	}
}

// SM-5: a refusal of admission stands only if notified within two months
// of the application; otherwise the applicant is admitted. SM-7: co-option
// respects the seat limits.
func TestR2CharterAdmissionDeadlineAndCoOption(t *testing.T) {
	deadline := map[textfmt.Lang]string{textfmt.FR: "et si le refus est notifié dans un délai de deux (2) mois à compter de la demande d'adhésion ; à défaut, le candidat est admis à l'expiration de ce délai", textfmt.EN: "and the refusal is notified within two (2) months of the application; otherwise, the applicant is admitted when that period expires"}
	coopt := map[textfmt.Lang][]string{
		textfmt.FR: {"par cooptation décidée par le Comité de pilotage, dans le respect de la limite de sièges fixée au premier alinéa", "par cooptation décidée par le Comité de pilotage, dans le respect des limites de sièges fixées au premier alinéa"},
		textfmt.EN: {"within the seat limit set in the first paragraph", "within the seat limits set in the first paragraph"},
	}
	for _, admission := range []string{"declaration", "contribution", "approval"} {
		for _, classes := range [][]string{{"individuals"}, {"individuals", "non-profits"}} {
			vals := charter2Vals(t, "de-facto-association", classes...)
			vals["membership.admission"] = admission
			vals["governance.steering"] = true
			for _, l := range textfmt.All {
				name := admission + "/" + string(l)
				r2Check(t, name, r2Text(t, vals, l, "membership-admission-"+admission), true, deadline[l])
				steer := r2Text(t, vals, l, "bodies-steering")
				r2Check(t, name, steer, true, coopt[l][len(classes)-1])
			}
		}
	}
}

// SL-4: at the Assembly of a SCIC SARL or SA, representation follows the
// Commercial Code (L. 223-28, L. 225-106), which the statutes cannot set
// aside; the proxy cap or ban binds the other bodies only. A SAS is free.
func TestR2CharterScicAssemblyProxies(t *testing.T) {
	for _, c := range []struct {
		form    string
		proxies int
		want    map[textfmt.Lang]string
	}{
		{"sarl", 2, map[textfmt.Lang]string{textfmt.FR: "obéit toutefois à l'article L. 223-28 du Code de commerce, qui permet à tout associé de se faire représenter par un autre associé et auquel les statuts ne peuvent déroger : la limite du nombre de procurations qui précède ne s'applique qu'aux autres instances", textfmt.EN: "follows Article L. 223-28 of the French Commercial Code, which allows any member to be represented by another member and from which the statutes may not derogate: the limit on the number of proxies above applies only to the other bodies"}},
		{"sa", 0, map[textfmt.Lang]string{textfmt.FR: "obéit toutefois à l'article L. 225-106 du Code de commerce", textfmt.EN: "the prohibition of proxies above applies only to the other bodies"}},
		{"sas", 2, nil},
	} {
		vals := charter2Vals(t, "scic", "individuals", "non-profits")
		vals["legal.company_form"] = c.form
		vals["governance.proxies"] = c.proxies
		for _, l := range textfmt.All {
			text := r2Text(t, vals, l, "decisions-votes")
			if text == "" {
				t.Fatalf("%s: no clause on votes", c.form)
			}
			if c.want == nil {
				r2Check(t, c.form+"/"+string(l), text, false, map[textfmt.Lang]string{textfmt.FR: "L. 223-28", textfmt.EN: "L. 223-28"}[l], "L. 225-106")
				continue
			}
			r2Check(t, c.form+"/"+string(l), text, true, c.want[l])
		}
	}
}
