package templates

import (
	"testing"

	"apitos/internal/textfmt"
)

// qfConsent is a charter carried by an association whose membership
// decisions follow consent, with admission on approval.
func qfConsent(set map[string]any) map[string]any {
	set["decisions.membership"] = "consent"
	set["membership.admission"] = "approval"
	return set
}

// RF-20: the French objection under consent is « motivée », the usual term
// for a reasoned act; the English stays "reasoned objection".
func TestQfConsentReasonedObjection(t *testing.T) {
	set := qfConsent(fxk2Association())
	fr := fxkCharter(t, set, textfmt.FR)
	r2Check(t, "fr", fr, true, "ne soulève d'objection motivée", "Une objection est motivée lorsqu'elle")
	r2Check(t, "fr", fr, false, "argumentée")
	en := fxkCharter(t, set, textfmt.EN)
	r2Check(t, "en", en, true, "raises a reasoned objection")
}

// RF-23: one English term for the organ of a public body that votes its
// budget: "deliberative body", as in 18.1, never "deliberative organ".
func TestQfDeliberativeBody(t *testing.T) {
	set := fxkPublicBody("epci")
	set["governance.steering"] = true
	en := fxkCharter(t, set, textfmt.EN)
	r2Check(t, "public body en", en, true, "Legal Entity, through its competent organs, on the opinion")
	r2Check(t, "public body en", en, false, "deliberative organ")
	r2Check(t, "association en", fxkCharter(t, fxk2Association(), textfmt.EN), false, "deliberative organ", "through its competent organs")
}

// RF-22: for a public body, the English 18.1 says, as the French does,
// that the body runs the Commons, not that it is the Commons' legal entity,
// which would lend the Commons a legal personality it does not have.
func TestQfPublicBodyRunsTheCommons(t *testing.T) {
	set := fxkPublicBody("epci")
	set["legal.seat"] = ""
	en := fxkCharter(t, set, textfmt.EN)
	r2Check(t, "public body en", en, true, "The Commons is run by the public body Rennes Métropole, constituted as a public establishment for inter-municipal cooperation")
	r2Check(t, "public body en", en, false, "The legal entity of the Commons is")
	fr := fxkCharter(t, set, textfmt.FR)
	r2Check(t, "public body fr", fr, true, "Le Commun est porté par la personne publique dénommée Rennes Métropole")
	assoc := fxkCharter(t, fxk2Association(), textfmt.EN)
	r2Check(t, "association en", assoc, false, "run by the public body", "The legal entity of the Commons is")
}

// RF-14: the Steering Committee reports to each meeting of the Assembly,
// named as such, whatever the vehicle; "each of them" could be read as the
// organs of the Legal Entity.
func TestQfSteeringReportsToTheAssembly(t *testing.T) {
	want := map[textfmt.Lang]string{textfmt.EN: "and shall report on its action to each meeting of the Assembly.", textfmt.FR: "et rend compte de son action à chaque réunion de l'Assemblée."}
	gone := map[textfmt.Lang]string{textfmt.EN: "to each of them", textfmt.FR: "à chacune d'elles"}
	for name, set := range map[string]map[string]any{"public body": fxkPublicBody("epci"), "association": fxk2Association()} {
		set["governance.steering"] = true
		for _, l := range textfmt.All {
			ch := fxkCharter(t, set, l)
			r2Check(t, name+" "+string(l), ch, true, want[l])
			r2Check(t, name+" "+string(l), ch, false, gone[l])
		}
	}
	set := fxk2Association()
	set["governance.steering"] = false
	for _, l := range textfmt.All {
		r2Check(t, "no steering "+string(l), fxkCharter(t, set, l), false, want[l])
	}
}

// RF-2: on admission on approval, a refusal is never adopted by consent
// (4.4): under the consent rule (7.3) as under consensus, it is put to a
// simple-majority vote at the first meeting, with no consent round, for
// every vehicle; the sentence is absent under any other rule or admission.
func TestQfConsentRefusalIsVoted(t *testing.T) {
	vote := map[textfmt.Lang]string{
		textfmt.EN: "no consent round is held on it: the facilitator shall put the refusal to the vote at the first meeting or consultation on the application, and it is adopted by a simple majority of the votes cast (Article",
		textfmt.FR: "ce refus ne fait pas l'objet de tours de consentement : l'animateur le soumet au vote dès la première réunion ou consultation sur la candidature, et le refus est adopté à la majorité simple des suffrages exprimés (article",
	}
	never := map[textfmt.Lang]string{textfmt.EN: "is never adopted by consent: it is put to a vote", textfmt.FR: "n'est jamais adopté par consentement : il est mis aux voix"}
	outcome := map[bool]map[textfmt.Lang]string{
		true:  {textfmt.EN: "if it is withdrawn or not adopted, the opinion on the application is favourable", textfmt.FR: "s'il est retiré ou n'est pas adopté, l'avis rendu sur la candidature est favorable"},
		false: {textfmt.EN: "if it is withdrawn or not adopted, the applicant is admitted", textfmt.FR: "s'il est retiré ou n'est pas adopté, le candidat est admis"},
	}
	for _, tc := range []struct {
		name   string
		set    map[string]any
		public bool
	}{
		{"public body", qfConsent(fxkPublicBody("epci")), true},
		{"association", qfConsent(fxk2Association()), false},
	} {
		for _, l := range textfmt.All {
			ch := fxkCharter(t, tc.set, l)
			r2Check(t, tc.name+" "+string(l), ch, true, vote[l], never[l], outcome[tc.public][l])
			r2Check(t, tc.name+" "+string(l), ch, false, outcome[!tc.public][l], "a refusal that is withdrawn or not adopted is a favourable opinion", "le refus retiré ou non adopté")
		}
	}
	set := fxk2Association()
	set["decisions.membership"] = "consent"
	set["membership.admission"] = "declaration"
	for _, l := range textfmt.All {
		r2Check(t, "declaration "+string(l), fxkCharter(t, set, l), false, vote[l])
	}
	set = fxk2Association()
	set["decisions.membership"] = "majority"
	set["membership.admission"] = "approval"
	for _, l := range textfmt.All {
		r2Check(t, "majority "+string(l), fxkCharter(t, set, l), false, vote[l], never[l])
	}
}

// RF-9: a public body's seat, when answered, is stated in 18.1 where the
// other vehicles state theirs; without an answer nothing is printed.
func TestQfPublicBodySeat(t *testing.T) {
	want := map[textfmt.Lang]string{textfmt.EN: "run by the public body Rennes Métropole, whose seat is in Rennes, constituted as a public establishment", textfmt.FR: "la personne publique dénommée Rennes Métropole, dont le siège est à Rennes, constituée en établissement public"}
	bare := map[textfmt.Lang]string{textfmt.EN: "run by the public body Rennes Métropole, constituted as", textfmt.FR: "dénommée Rennes Métropole, constituée en"}
	for _, l := range textfmt.All {
		set := fxkPublicBody("epci")
		set["legal.seat"] = ""
		ch := fxkCharter(t, set, l)
		r2Check(t, "no seat "+string(l), ch, false, want[l])
		r2Check(t, "no seat "+string(l), ch, true, bare[l])
		set["legal.seat"] = "Rennes"
		r2Check(t, "seat "+string(l), fxkCharter(t, set, l), true, want[l])
	}
}
