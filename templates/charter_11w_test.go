package templates

import (
	"slices"
	"strings"
	"testing"
	"time"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// pick returns the English or the French phrase, as the language asks.
func pick(l textfmt.Lang, en, fr string) string {
	if l == textfmt.EN {
		return en
	}
	return fr
}

// firedRules lists the rules that the answers break.
func firedRules(k *Kind, vals questionnaire.Values) []string {
	var ids []string
	for _, p := range k.Questionnaire.Check(k.Questionnaire.Resolve(vals), time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)) {
		if !slices.Contains(ids, p.Rule.ID) {
			ids = append(ids, p.Rule.ID)
		}
	}
	return ids
}

// An endowment fund applies the gifts it receives for the Commons directly
// to its activities or to a consumable endowment (RW-3), appeals to the public only
// after administrative authorisation, and takes no public money nor free
// public staff or premises (loi n° 2008-776, art. 140); the persons who
// sign the hosting agreement first check its statutes on these points.
// Another host has none of this.
func TestCharter11wEndowmentFundCapitalAppealAndStatutes(t *testing.T) {
	k, _ := Lookup("charter")
	for _, form := range []string{"endowment-fund", "association", "foundation"} {
		vals := fundValues(t, k, form)
		fund := form == "endowment-fund"
		for _, l := range textfmt.All {
			funds := clauseBody(t, k, vals, l, "economy-funds-host")
			for _, p := range []string{
				pick(l, "shall apply directly to the activities of the Commons the gifts and legacies", "affecte directement aux activités du Commun les dons et legs"), // RW-3
				pick(l, "only after obtaining the prior administrative authorisation", "qu'après avoir obtenu l'autorisation administrative préalable"),
				pick(l, "Decree No. 2009-158 of 11 February 2009", "décret n° 2009-158 du 11 février 2009"),
				pick(l, "no public body makes staff, premises or other means available to it free of charge", "aucune personne publique ne met pour lui gratuitement à sa disposition du personnel, des locaux"),
			} {
				if got := strings.Contains(funds, strings.ReplaceAll(textfmt.Typeset(l, p), "\u00a0", " ")); got != fund {
					t.Errorf("%s, %s: %q printed=%v", form, l, p, got)
				}
			}
			funding := clauseBody(t, k, vals, l, "economy-funding")
			if got := strings.Contains(funding, textfmt.Typeset(l, pick(l, "shall seek donations from the public only after the administrative authorisation", "ne sollicite de dons du public qu'après l'autorisation administrative"))); got != fund {
				t.Errorf("%s, %s: donations bullet refers to the authorisation=%v", form, l, got)
			}
			host := clauseBody(t, k, vals, l, "legal-fiscal-host") + clauseBody(t, k, vals, l, "annex-hosting") // RI2-4
			if got := strings.Contains(host, textfmt.Typeset(l, pick(l, "They likewise ascertain that the statutes of the Legal Entity, an endowment fund, allow it to spend", "Elles s'assurent de même que les statuts de la Structure porteuse, fonds de dotation"))); got != fund {
				t.Errorf("%s, %s: signatories check the fund's statutes=%v", form, l, got)
			}
		}
	}
}

// The employer's rights that French law grants in software written by
// employees cover its preparatory design material and its documentation
// (CPI, L. 112-2, 13°, and L. 113-9); a commons without a legal person
// has no employer and no such sentence.
func TestCharter11wEmployerRightsCoverDocumentation(t *testing.T) {
	k, _ := Lookup("charter")
	for _, vehicle := range []string{"association", "fiscal-host", "scic", "public-body", "de-facto-association", "none"} {
		vals := exampleValues(t, k)
		vals["legal.vehicle"], vals["governing_law"] = vehicle, "FR"
		entity := vehicle != "none" && vehicle != "de-facto-association"
		for _, l := range textfmt.All {
			body := clauseBody(t, k, vals, l, "economy-paid-work")
			p := pick(l, "The economic rights in software, including its preparatory design material, and in its documentation", "Les droits patrimoniaux sur les logiciels, y compris leur matériel de conception préparatoire, et sur leur documentation")
			if got := strings.Contains(body, strings.ReplaceAll(textfmt.Typeset(l, p), "\u00a0", " ")); got != entity {
				t.Errorf("%s, %s: employer's rights over documentation printed=%v", vehicle, l, got)
			}
			if strings.Contains(body, textfmt.Typeset(l, pick(l, "The economic rights in software that", "Les droits patrimoniaux sur les logiciels qu'"))) {
				t.Errorf("%s, %s: rights limited to software alone", vehicle, l)
			}
		}
	}
}

// A host's single address is presented as the statutes and the hosting
// agreement together, never as the agreement alone.
func TestCharter11wHostDocumentsNamedTogether(t *testing.T) {
	k, _ := Lookup("charter")
	for _, url := range []string{"https://host.example.org/documents", ""} {
		vals := fundValues(t, k, "association")
		if url == "" {
			delete(vals, "legal.statutes_url")
		} else {
			vals["legal.statutes_url"] = url
		}
		for _, l := range textfmt.All {
			host := clauseBody(t, k, vals, l, "legal-fiscal-host") + clauseBody(t, k, vals, l, "annex-hosting") // RI2-4
			p := pick(l, "The statutes of the Legal Entity and the hosting agreement can be found at", "Les statuts de la Structure porteuse et la convention d'accueil sont accessibles à l'adresse")
			if got := strings.Contains(host, strings.ReplaceAll(textfmt.Typeset(l, p), "\u00a0", " ")); got != (url != "") {
				t.Errorf("%s, url %q: both documents at the address=%v", l, url, got)
			}
			if strings.Contains(host, textfmt.Typeset(l, pick(l, "hosting agreement, published at", "convention d'accueil, publiée à"))) {
				t.Errorf("%s: the address is still given as the agreement's", l)
			}
		}
	}
}

// The scope never excludes a type of resource the charter lists or the
// work its mission requires; a scope silent on software the resources
// include is warned.
func TestCharter11wScopeCoversListedResources(t *testing.T) {
	k, _ := Lookup("charter")
	cases := []struct {
		resources []string
		scope     string
	}{
		{[]string{"software", "content"}, "Translations of the upstream manuals and glossaries."},
		{[]string{"content"}, "Translations of the upstream manuals and glossaries."},
		{[]string{"software"}, ""},
	}
	for _, c := range cases {
		vals := exampleValues(t, k)
		vals["commons.resources"] = c.resources
		if c.scope == "" {
			delete(vals, "commons.scope")
		} else {
			vals["commons.scope"] = c.scope
		}
		for _, l := range textfmt.All {
			doc, err := k.Assemble(vals, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			scope, ok := doc.Clause("identity-scope")
			if ok != (c.scope != "") {
				t.Fatalf("%s, %q: scope clause=%v", l, c.scope, ok)
			}
			if ok && !strings.Contains(scope.Body, textfmt.Typeset(l, pick(l, "The scope thus defined applies to each type of resource described in", "Le périmètre ainsi défini s'applique à chacun des types de ressources que décrit"))) {
				t.Errorf("%s: the scope may exclude a listed type of resource", l)
			}
		}
	}
}

// The licence-change rule is stated once, in the decision table; the
// licence article refers to it without the table referring back for the
// majority, and an answer that the amendment majority supersedes is warned.
func TestCharter11wLicenceRuleStatedOnce(t *testing.T) {
	k, _ := Lookup("charter")
	cases := []struct {
		licence, amendment string
		warn               bool
	}{
		{"two-thirds", "three-quarters", true},
		{"majority", "two-thirds", true},
		{"consent", "consensus", true},
		{"two-thirds", "two-thirds", false},
		{"consensus", "three-quarters", false},
		{"default", "three-quarters", false},
	}
	for _, c := range cases {
		vals := exampleValues(t, k)
		vals["decisions.licence"], vals["amendment.rule"] = c.licence, c.amendment
		fired := firedRules(k, vals)
		got := slices.Contains(fired, "licence-rule-absorbed") || slices.Contains(fired, "licence-majority-absorbed") || slices.Contains(fired, "licence-rule-absorbed-by-consensus")
		if got != c.warn {
			t.Errorf("licence %s, amendment %s: warning=%v", c.licence, c.amendment, got)
		}
		for _, l := range textfmt.All {
			change := clauseBody(t, k, vals, l, "licences-change")
			tableRef := textfmt.Typeset(l, pick(l, "under the rule that the table in", "selon la règle que fixe pour les licences le tableau de l'"))
			absorbed := textfmt.Typeset(l, pick(l, "as an amendment to this Charter", "comme une modification de la Charte"))
			if !strings.Contains(change, tableRef) && !strings.Contains(change, absorbed) {
				t.Errorf("%s, %s/%s: the licence article does not refer to the table", l, c.licence, c.amendment)
			}
			if strings.Contains(change, textfmt.Typeset(l, pick(l, "under the rule set for licence decisions in", "selon la règle applicable aux décisions relatives aux licences fixée à"))) {
				t.Errorf("%s: the licence article still defers the rule to the table and back", l)
			}
			table := clauseBody(t, k, vals, l, "decisions-table")
			if !strings.Contains(table, textfmt.Typeset(l, pick(l, "public consultation and quorum under", "consultation publique et quorum selon l'"))) {
				t.Errorf("%s: the licence row does not say what the licence article adds", l)
			}
		}
	}
}

// Personal data in the Resources: no sentence written for a places or
// accessibility dataset; the recordings exception appears only where the
// charter regulates recordings. Home measurements are aggregated so that
// no dwelling nor presence can be singled out.
func TestCharter11wPersonalDataFitEveryDataset(t *testing.T) {
	k, _ := Lookup("charter")
	for _, recorded := range []bool{false, true} {
		for _, devices := range []bool{false, true} {
			vals := exampleValues(t, k)
			vals["commons.personal_data"], vals["commons.people_recorded"], vals["commons.device_data"] = true, recorded, devices
			for _, l := range textfmt.All {
				body := clauseBody(t, k, vals, l, "personal-data-resources")
				for _, gone := range []string{pick(l, "places, goods, services", "des lieux, des biens, des services"), pick(l, "on the spot", "sur place"), pick(l, "the person itself", "la personne rend elle-même accessibles")} {
					if strings.Contains(body, textfmt.Typeset(l, gone)) {
						t.Errorf("%s: %q still printed", l, gone)
					}
				}
				if got := strings.Contains(body, textfmt.Typeset(l, pick(l, "save the recordings of people governed by", "hors les enregistrements de personnes que régit"))); got != recorded {
					t.Errorf("%s, recorded %v: recordings exception=%v", l, recorded, got)
				}
				doc, err := k.Assemble(vals, l, Final)
				if err != nil {
					t.Fatal(err)
				}
				home, ok := doc.Clause("personal-data-devices")
				if ok != devices {
					t.Fatalf("%s: devices clause=%v", l, ok)
				}
				if ok {
					for _, p := range []string{pick(l, "each published cell contains at least ten dwellings", "chaque maille publiée compte au moins dix logements"), pick(l, "aggregated over periods of at least one day", "agrégées par journée au moins"), pick(l, "which also covers the other occupants", "qui porte aussi sur les autres occupants")} {
						if !strings.Contains(home.Body, textfmt.Typeset(l, p)) {
							t.Errorf("%s: %q missing", l, p)
						}
					}
				}
			}
		}
	}
}

// Without a legal person the contact point for personal data is a
// function the Assembly fills without amending the charter; an answer
// that carries an address is warned.
func TestCharter11wContactPointByFunction(t *testing.T) {
	k, _ := Lookup("charter")
	for _, vehicle := range []string{"de-facto-association", "none", "association"} {
		for _, name := range []string{"", "Camille Martin", "Léa Martin, 3 rue des Lilas, 69003 Lyon"} {
			vals := exampleValues(t, k)
			vals["legal.vehicle"] = vehicle
			if name == "" {
				delete(vals, "privacy.controller")
			} else {
				vals["privacy.controller"] = name
			}
			noPerson := vehicle != "association"
			warn := noPerson && strings.Contains(name, "rue")
			if got := slices.Contains(firedRules(k, vals), "privacy-controller-address"); got != warn {
				t.Errorf("%s, %q: warning=%v", vehicle, name, got)
			}
			for _, l := range textfmt.All {
				body := clauseBody(t, k, vals, l, "personal-data-controller")
				if got := strings.Contains(body, textfmt.Typeset(l, pick(l, "The Assembly may at any time elect another contact point", "L'Assemblée peut à tout moment élire un autre point de contact"))); got != noPerson {
					t.Errorf("%s, %s: contact point replaceable without amendment=%v", vehicle, l, got)
				}
				first := pick(l, "the facilitator of the Assembly", "l'animateur de l'Assemblée")
				if name != "" {
					first = name
				}
				function := pick(l, "is, until the Assembly designates another Member for that function, ", "est, jusqu'à ce que l'Assemblée désigne un autre Membre à cette fonction, ") + first
				if got := strings.Contains(body, textfmt.Typeset(l, function)); got != noPerson {
					t.Errorf("%s, %s, %q: %q printed=%v", vehicle, l, name, function, got)
				}
			}
		}
	}
}

// A public body that is a Member pays nothing for a commons without legal
// personality, grants included: the funding article admits grants to the
// holder only from other public bodies and the conflicts article no longer
// speaks of a Member's grants; with a legal entity, it still does.
func TestCharter11wPublicMemberGrantsAgree(t *testing.T) {
	k, _ := Lookup("charter")
	for _, vehicle := range []string{"de-facto-association", "none", "association"} {
		vals := exampleValues(t, k)
		vals["legal.vehicle"], vals["governing_law"] = vehicle, "FR"
		vals["membership.classes"] = []string{"individuals", "public-bodies"}
		vals["economy.funding"] = []string{"donations", "grants"}
		noPerson := vehicle != "association"
		for _, l := range textfmt.All {
			funding := clauseBody(t, k, vals, l, "economy-funding")
			if got := strings.Contains(funding, textfmt.Typeset(l, pick(l, "only by a public body that is not a Member", "seulement par une personne publique qui n'est pas Membre"))); got != noPerson {
				t.Errorf("%s, %s: grants only from non-member public bodies=%v", vehicle, l, got)
			}
			// Without a legal person, the payments of public bodies are
			// the subject of a sub-clause of their own.
			id := "membership-public-bodies"
			if noPerson {
				id = "membership-public-bodies-joining"
			}
			public := clauseBody(t, k, vals, l, id)
			if got := strings.Contains(public, textfmt.Typeset(l, pick(l, "not even a grant to the holder of the assets or to another Member", "pas même de subvention au détenteur des biens ou à un autre Membre"))); got != noPerson {
				t.Errorf("%s, %s: member public body grants nothing=%v", vehicle, l, got)
			}
			conflicts := clauseBody(t, k, vals, l, "decisions-conflicts")
			if got := strings.Contains(conflicts, textfmt.Typeset(l, pick(l, "or about a grant", "subvention qu'elle lui accorde"))); got == noPerson {
				t.Errorf("%s, %s: conflicts over a Member's grant=%v", vehicle, l, got)
			}
		}
	}
}

// For every vehicle, two years without taking part and no answer to an
// invitation to confirm membership have consequences, and recent Members
// do not vote on amendment, licence or dissolution; where the Members are
// members of a member-based legal entity, inactivity ends only the
// functions the Charter gives them, membership being lost only by a
// decision of the organ of the statutes (fxcharter_test.go), and a SCIC's
// associates keep their vote.
func TestCharter11wInactivityAndWaitingPeriod(t *testing.T) {
	k, _ := Lookup("charter")
	for _, vehicle := range []string{"association", "fiscal-host", "scic", "public-body", "de-facto-association", "none"} {
		vals := exampleValues(t, k)
		vals["legal.vehicle"] = vehicle
		member := vehicle == "association" || vehicle == "scic"
		for _, l := range textfmt.All {
			exit := clauseBody(t, k, vals, l, "membership-exit")
			if got := strings.Contains(exit, textfmt.Typeset(l, pick(l, "ends, lastly, through inactivity", "se perd enfin par l'inactivité"))); got == member {
				t.Errorf("%s, %s: automatic loss of membership through inactivity=%v", vehicle, l, got)
			}
			if !strings.Contains(exit, textfmt.Typeset(l, pick(l, "twenty-four (24) months", "vingt-quatre (24) mois"))) {
				t.Errorf("%s, %s: inactivity period not stated", vehicle, l)
			}
			statutes := pick(l, "where those statutes so provide and after being given the opportunity to present their observations", "si ces statuts le prévoient et après avoir été mis en mesure de présenter ses observations")
			if got := strings.Contains(exit, textfmt.Typeset(l, statutes)); got != member {
				t.Errorf("%s, %s: loss through inactivity left to the statutes=%v", vehicle, l, got)
			}
			rights := clauseBody(t, k, vals, l, "membership-rights")
			waiting := pick(l, "at least three (3) months before the proposal was published", "trois (3) mois au moins avant la publication de la proposition")
			if got := strings.Contains(rights, textfmt.Typeset(l, waiting)); got == (vehicle == "scic") {
				t.Errorf("%s, %s: waiting period before voting=%v", vehicle, l, got)
			}
		}
	}
}

// Wording of the hosted charter: the host's legitimate interest rests on
// an agreement to which the Members are not parties, and the French
// charter cites the English original of the code of conduct.
func TestCharter11wHostedWording(t *testing.T) {
	k, _ := Lookup("charter")
	vals := fundValues(t, k, "association")
	vals["conduct.code"] = "contributor-covenant-2.1"
	en := clauseBody(t, k, vals, textfmt.EN, "personal-data-purposes")
	if !strings.Contains(en, "hosting agreement, to which the Members are not parties") || strings.Contains(en, "by no contract") {
		t.Errorf("EN purposes: %s", en)
	}
	fr := clauseBody(t, k, vals, textfmt.FR, "personal-data-purposes")
	if !strings.Contains(fr, textfmt.Typeset(textfmt.FR, "convention d'accueil, à laquelle les Membres ne sont pas parties")) {
		t.Errorf("FR purposes: %s", fr)
	}
	cc := clauseBody(t, k, vals, textfmt.FR, "conduct-cc-2-1")
	if !strings.Contains(cc, "original anglais est publié à l’adresse <https://www.contributor-covenant.org/version/2/1/code_of_conduct/>") {
		t.Errorf("FR code of conduct: original not cited: %s", cc)
	}
}

// The Maintainers who receive security reports alert the legal entity for
// the steward's notifications too (CRA, art. 24(3)), wherever software is
// among the Resources; there is no such path without a legal entity.
func TestCharter11wStewardReportingPath(t *testing.T) {
	k, _ := Lookup("charter")
	for _, vehicle := range []string{"association", "fiscal-host", "public-body", "de-facto-association"} {
		for _, resources := range [][]string{{"software"}, {"data"}} {
			vals := exampleValues(t, k)
			vals["legal.vehicle"], vals["commons.resources"] = vehicle, resources
			want := vehicle != "de-facto-association" && resources[0] == "software"
			for _, l := range textfmt.All {
				body := clauseBody(t, k, vals, l, "bodies-technical")
				p := pick(l, "it is their open-source software steward (Article 3(14) of that Regulation)", "elle en est le « steward de logiciels libres et open source » (gestionnaire de ces logiciels, au sens de l'article 3, point 14, du même règlement)")
				if got := strings.Contains(body, strings.ReplaceAll(textfmt.Typeset(l, p), "\u00a0", " ")); got != want {
					t.Errorf("%s, %v, %s: steward path=%v", vehicle, resources, l, got)
				}
			}
		}
	}
}
