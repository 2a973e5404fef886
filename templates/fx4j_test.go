package templates

import (
	"slices"
	"strings"
	"testing"
	"time"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// fx4jMerge returns vals with the answers of set.
func fx4jMerge(vals questionnaire.Values, set map[string]any) questionnaire.Values {
	out := questionnaire.Values{}
	for k, v := range vals {
		out[k] = v
	}
	for k, v := range set {
		out[k] = v
	}
	return out
}

// fx4jCharterClause is one clause of the charter, with plain spaces and
// apostrophes, for the example answers changed by set.
func fx4jCharterClause(t *testing.T, set map[string]any, l textfmt.Lang, id string) string {
	t.Helper()
	return fxPlain(fxkClause(t, set, l, id))
}

// fx4jVehicle is the example charter with another vehicle.
func fx4jVehicle(vehicle string) map[string]any {
	if vehicle == "public-body" {
		return fxkPublicBody("local-authority")
	}
	return map[string]any{"legal.vehicle": vehicle}
}

// TestFx4jPublicBodyFundsNotAssets (RJ2-2, second half): for a public body
// the list of the assets of the Commons leaves out "its funds", which are
// receipts and expenditure of its budget (budget unity), and says so;
// every other vehicle keeps its funds among the assets.
func TestFx4jPublicBodyFundsNotAssets(t *testing.T) {
	funds := [2]string{"the credentials of its infrastructure and its funds", "les identifiants d'accès à son infrastructure et ses fonds"}
	budget := [2]string{"The revenue and expenditure of the Commons fall within the budget of the Legal Entity, as provided in Article", "Les recettes et les dépenses du Commun relèvent du budget de la Structure porteuse, dans les conditions de l'article"}
	for _, v := range []string{"public-body", "association", "fiscal-host", "scic", "none"} {
		for li, l := range textfmt.All {
			body := fx4jCharterClause(t, fx4jVehicle(v), l, "assets-list")
			if body == "" {
				t.Fatalf("%s %s: no list of assets", v, l)
			}
			name := string(l) + " " + v
			r2Check(t, name, body, v != "public-body", funds[li])
			r2Check(t, name, body, v == "public-body", budget[li])
		}
	}
}

// TestFx4jPatentWritingConditional (RJ2-17, remainder): the statement by
// which a Contribution containing code is submitted stands as the written
// acceptance of the patent licence only to the extent that the law
// allows; the policy states the conditions of an electronic writing
// (C. civ. 1366, 1367) instead of asserting that the forge's record meets
// them, and names the signature of commits only where commits are signed.
func TestFx4jPatentWritingConditional(t *testing.T) {
	want := [2]string{"stands as your written acceptance of that licence, to the extent that the law allows (French Intellectual Property Code, Article L. 613-8)", "vaut votre acceptation écrite de cette licence, dans la mesure où la loi l'admet (Code de la propriété intellectuelle, article L. 613-8)"}
	cond := [2]string{"an electronic writing has that value only if its author can be duly identified and it is kept in conditions that guarantee its integrity (French Civil Code, Articles 1366 and 1367)", "un écrit électronique n'a cette valeur que si son auteur peut être dûment identifié et s'il est conservé dans des conditions de nature à en garantir l'intégrité (Code civil, articles 1366 et 1367)"}
	signed := [2]string{"and to the cryptographic signature of your commits, which it verifies", "et à la signature cryptographique de vos commits, qu'elle vérifie"}
	stale := [2]string{"is the writing that Article L. 613-8", "constitue l'écrit qu'exige l'article L. 613-8"}
	overstated := [2]string{"which identifies you as its author and preserves its integrity", "qui vous identifie comme son auteur et en garantit l'intégrité"}
	for _, inbound := range []string{"dco", "inbound-outbound"} {
		for _, sig := range []bool{false, true} {
			for li, l := range textfmt.All {
				set := map[string]any{"project.licence": "MIT", "patents.grant": true, "inbound": inbound, "governing_law": "FR", "process.signed_commits": sig}
				body := fxPlain(fxrhPolicyClause(t, set, l, "inbound-patents"))
				if body == "" {
					t.Fatalf("%s %s: no patent licence", inbound, l)
				}
				name := string(l) + " " + inbound
				r2Check(t, name, body, true, want[li], cond[li])
				r2Check(t, name, body, sig, signed[li])
				r2Check(t, name, body, false, stale[li], overstated[li])
			}
		}
	}
	// Outside French law the sentence is not printed.
	for li, l := range textfmt.All {
		body := fxPlain(fxrhPolicyClause(t, map[string]any{"project.licence": "MIT", "patents.grant": true, "inbound": "dco", "governing_law": "BE"}, l, "inbound-patents"))
		r2Check(t, string(l)+" BE", body, false, want[li])
	}
}

// TestFx4jMaintainerRoleThroughSanctions (RJ2-4): 5.4 gives the Conduct
// Committee no stand-alone power to remove a Maintainer, which 12.5 does
// not list; the role is suspended or lost only through the sanctions of
// 12.5 that carry that consequence, whatever the code of conduct.
func TestFx4jMaintainerRoleThroughSanctions(t *testing.T) {
	want := [2]string{"the role is also suspended or lost through the sanctions of Article", "ce rôle est en outre suspendu ou perdu par l'effet des sanctions de l'article"}
	stale := [2]string{"the Conduct Committee may do so under", "le Comité du code de conduite le peut également"}
	roles := [2][]string{{"suspension of every role", "with loss of every role"}, {"suspension de tout rôle", "perte de tout rôle"}}
	for _, code := range []string{"contributor-covenant-2.1", "contributor-covenant-3.0"} {
		for _, v := range []string{"public-body", "association", "none"} {
			set := fx4jVehicle(v)
			set["conduct.code"] = code
			for li, l := range textfmt.All {
				name := string(l) + " " + v + " " + code
				body := fx4jCharterClause(t, set, l, "roles-emeritus")
				r2Check(t, name, body, true, want[li])
				r2Check(t, name, body, false, stale[li])
				r2Check(t, name+" 12.5", fx4jCharterClause(t, set, l, "conduct-sanctions"), true, roles[li]...)
			}
		}
	}
}

// TestFx4jAdmissionOpinionWording (RJ2-8): for a public body, the vote of
// the body of the Commons is on "an opinion against the application",
// not "an opinion in favour of a refusal".
func TestFx4jAdmissionOpinionWording(t *testing.T) {
	want := [2]string{"An opinion against the application is never adopted by", "Un avis défavorable à la candidature n'est jamais adopté par"}
	stale := [2]string{"in favour of a refusal", "favorable à un refus"}
	for _, rule := range []string{"lazy-consensus", "consensus", "consent"} {
		for _, v := range []string{"public-body", "association"} {
			set := fx4jVehicle(v)
			set["membership.admission"] = "approval"
			set["decisions.membership"] = rule
			for li, l := range textfmt.All {
				name := string(l) + " " + v + " " + rule
				body := fxPlain(fxkCharter(t, set, l))
				r2Check(t, name, body, v == "public-body", want[li])
				r2Check(t, name, body, false, stale[li])
			}
		}
	}
}

// TestFx4jDSAConditional (RJ2-7): a free service of a commons may fall
// outside the DSA (services normally provided for remuneration): for
// every vehicle, the notice procedure is its Article 16 mechanism, and
// the contact address its single point of contact, only to the extent
// that the Regulation applies to the service.
func TestFx4jDSAConditional(t *testing.T) {
	want := [2][]string{{"this procedure is, to the extent that Regulation (EU) 2022/2065 (Digital Services Act) applies to the service, the notice and action mechanism that its Article 16 requires", "and to the same extent,"}, {"cette procédure constitue, dans la mesure où le règlement (UE) 2022/2065 sur les services numériques s'applique au service, le mécanisme de notification et d'action que son article 16 impose", "et dans la même mesure,"}}
	stale := [2]string{"this procedure is the notice and action mechanism", "cette procédure constitue le mécanisme de notification"}
	for _, v := range []string{"public-body", "association", "fiscal-host", "scic", "none"} {
		for li, l := range textfmt.All {
			name := string(l) + " " + v
			body := fx4jCharterClause(t, fx4jVehicle(v), l, "contribution-notices")
			r2Check(t, name, body, true, want[li]...)
			r2Check(t, name, body, false, stale[li])
		}
	}
}

// TestFx4jAdoptingActNamed (RJ2-6): a public body's charter names the
// deliberation (or, for the State or another public body, the decision)
// that adopts it, with its number and date, under the title and in
// Annex A; without those answers, validation warns, as it does for a
// French public body without its SIREN number, and Annex A keeps the
// generic row.
func TestFx4jAdoptingActNamed(t *testing.T) {
	k, _ := Lookup("charter")
	for _, form := range []string{"local-authority", "epci", "university", "state"} {
		set := fxkPublicBody(form)
		set["legal.adopting_act_number"] = "2027-04"
		set["legal.adopting_act_date"] = time.Date(2027, 1, 8, 0, 0, 0, 0, time.UTC)
		noun := [2]string{"deliberation", "délibération"}
		if form == "state" {
			noun = [2]string{"decision", "décision"}
		}
		for li, l := range textfmt.All {
			body := fxPlain(fxkCharter(t, set, l))
			name := string(l) + " " + form
			head := [2]string{"Adopted by " + noun[0] + " no. 2027-04 of 8 January 2027", "Adoptée par " + noun[1] + " n° 2027-04 du 8 janvier 2027"}
			r2Check(t, name, body, true, head[li])
			row := [2]string{"| D" + noun[0][1:] + " no. 2027-04 of 8 January 2027 of the competent", "| D" + noun[1][1:] + " n° 2027-04 du 8 janvier 2027 de l"}
			r2Check(t, name, body, true, row[li])
			r2Check(t, name, body, false, "with its number and date", "avec son numéro et sa date")
		}
		fired := firedRules(k, fx4jMerge(exampleValues(t, k), set))
		for _, id := range []string{"public-body-adopting-act-missing", "public-body-adopting-act-date-missing"} {
			if slices.Contains(fired, id) {
				t.Errorf("%s: rule %s fired with the act given", form, id)
			}
		}
	}
	// Without the answers: generic row, no line under the title, warnings.
	set := fxkPublicBody("local-authority")
	set["legal.adopting_act_number"] = ""
	set["legal.adopting_act_date"] = time.Time{}
	for li, l := range textfmt.All {
		body := fxPlain(fxkCharter(t, set, l))
		r2Check(t, string(l)+" no act", body, false, [2]string{"Adopted by", "Adoptée par"}[li])
		r2Check(t, string(l)+" no act", body, true, [2]string{"with its number and date", "avec son numéro et sa date"}[li])
	}
	vals := fx4jMerge(exampleValues(t, k), set)
	vals["legal.registration"] = ""
	fired := firedRules(k, vals)
	for _, id := range []string{"public-body-adopting-act-missing", "french-public-body-without-siren"} {
		if !slices.Contains(fired, id) {
			t.Errorf("rule %s did not fire: %v", id, fired)
		}
	}
	vals["legal.adopting_act_number"] = "2027-04"
	if !slices.Contains(firedRules(k, vals), "public-body-adopting-act-date-missing") {
		t.Errorf("no warning for a number without a date")
	}
	// Other vehicles: nothing.
	for li, l := range textfmt.All {
		body := fxPlain(fxkCharter(t, map[string]any{"legal.vehicle": "association"}, l))
		r2Check(t, string(l)+" association", body, false, [2]string{"Adopted by", "Adoptée par"}[li])
	}
}

// TestFx4jSeatInBuilding (RJ2-9, RJ2-12): a seat given as a building
// followed by its address reads « dont le siège est situé Hôtel de ville,
// … » and "whose seat is at Hôtel de ville, …", never « à Hôtel de
// ville » or "in Hôtel de ville"; a town keeps « à » and "in".
func TestFx4jSeatInBuilding(t *testing.T) {
	for _, c := range []struct{ seat, en, fr string }{
		{"Hôtel de ville, 1 place de la Mairie, 44000 Rivebelle", "at Hôtel de ville, 1 place", "situé Hôtel de ville, 1 place"},
		{"Mairie, 2 rue Haute, 35000 Rennes", "at Mairie, 2 rue", "situé Mairie, 2 rue"},
		{"Rennes", "in Rennes", "à Rennes"},
		{"12 rue des Ateliers, 35000 Rennes", "at 12 rue", "établi au 12 rue"},
	} {
		if got := seatPhrase(textfmt.EN, c.seat); !strings.HasPrefix(got, c.en) {
			t.Errorf("EN %q: %q", c.seat, got)
		}
		if got := seatPhrase(textfmt.FR, c.seat); !strings.HasPrefix(got, c.fr) {
			t.Errorf("FR %q: %q", c.seat, got)
		}
	}
	set := fxkPublicBody("local-authority")
	set["legal.seat"] = "Hôtel de ville, 1 place de la Mairie, 44000 Rivebelle"
	for li, l := range textfmt.All {
		body := fxPlain(fxkCharter(t, set, l))
		r2Check(t, string(l), body, true, [2]string{"whose seat is at Hôtel de ville", "dont le siège est situé Hôtel de ville"}[li])
		r2Check(t, string(l), body, false, "seat is in Hôtel", "siège est à Hôtel")
	}
}

// fx4jPolicyClause is one clause of a policy linked to a charter whose
// answers are the charter's examples changed by charterSet.
func fx4jPolicyClause(t *testing.T, charterSet map[string]any, set map[string]any, l textfmt.Lang, id string) string {
	t.Helper()
	k, _ := Lookup("contribution")
	return fxPlain(plainClause(t, k, linkedPolicy(charterSet), set, l, id))
}

// TestFx4jAgentContributionIsTheWriting (RJ2-18): where the charter says
// that the Legal Entity acquires in writing the rights in its agents' or
// employees' other works, the statement or agreement of the contribution
// policy stands as that writing, as policy 3.3.2 says.
func TestFx4jAgentContributionIsTheWriting(t *testing.T) {
	want := [2]string{"under the contribution policy (Article", "selon la politique de contribution (article"}
	public := [2]string{"where the agent submits such a work as a Contribution, the writing by which they submit it", "lorsque l'agent soumet une telle œuvre comme Contribution, l'écrit par lequel il la soumet"}
	other := [2]string{"the writing by which an author submits a Contribution", "l'écrit par lequel un auteur soumet une Contribution"}
	for _, v := range []string{"public-body", "association"} {
		set := fx4jVehicle(v)
		set["governing_law"] = "FR"
		for li, l := range textfmt.All {
			body := fx4jCharterClause(t, set, l, "economy-paid-work")
			name := string(l) + " " + v
			r2Check(t, name, body, true, want[li])
			r2Check(t, name, body, v == "public-body", public[li])
			r2Check(t, name, body, v != "public-body", other[li])
		}
	}
}

// TestFx4jParticipatoryBodiesNotL2143 (RJ2-15): for a commune (local
// authority) or an EPCI, 18.1 says that the Assembly and the committees
// are participatory bodies of the Commons, not consultative committees of
// CGCT L. 2143-2 or L. 5211-49-1, whose terms would follow the council's;
// no other public body is told so.
func TestFx4jParticipatoryBodiesNotL2143(t *testing.T) {
	for _, c := range []struct {
		form    string
		article string
	}{{"local-authority", "L. 2143-2"}, {"epci", "L. 5211-49-1"}, {"university", ""}} {
		for li, l := range textfmt.All {
			body := fx4jCharterClause(t, fxkPublicBody(c.form), l, "legal-public-body")
			name := string(l) + " " + c.form
			bodies := [2]string{"are participatory bodies of the Commons itself, and not consultative committees created by the deliberative body", "sont des instances participatives propres au Commun, et non des comités consultatifs que crée l'organe délibérant"}
			r2Check(t, name, body, c.article != "", bodies[li])
			if c.article != "" {
				r2Check(t, name, body, true, c.article)
			}
		}
	}
}

// TestFx4jPolicyChangesStatedOnce (RJ2-25): 13.1 says once that a change
// is announced and applies only to Contributions submitted after it takes
// effect, with the certification under the DCO; the old repetition is
// gone on every route.
func TestFx4jPolicyChangesStatedOnce(t *testing.T) {
	want := [2]string{"before it takes effect and applies only to Contributions submitted", "avant son entrée en vigueur et ne s'applique qu'aux Contributions soumises"}
	dco := [2]string{"submitted, with their certification, after it takes effect", "soumises, avec leur attestation, après celle-ci"}
	stale := [2]string{"A change applies to Contributions submitted after it takes effect", "Une modification s'applique aux Contributions soumises"}
	for _, in := range []string{"dco", "cla", "inbound-outbound"} {
		for li, l := range textfmt.All {
			body := fx4jPolicyClause(t, fxkPublicBody("local-authority"), map[string]any{"inbound": in}, l, "general-changes")
			name := string(l) + " " + in
			r2Check(t, name, body, true, want[li])
			r2Check(t, name, body, in == "dco", dco[li])
			r2Check(t, name, body, false, stale[li])
		}
	}
}

// TestFx4jPolicyPublicBodyPointers (RJ2-21, RJ2-22, RJ2-23): a policy
// linked to the charter of a French public body says which courts hear
// which disputes, points to the charter's notice procedure for unlawful
// content, and tells contributors of personal data that the public body
// redacts them before publication (CRPA L. 312-1-2); the court and
// redaction sentences are absent for an association.
func TestFx4jPolicyPublicBodyPointers(t *testing.T) {
	courts := [2]string{"the administrative courts thus hear in particular challenges to the decisions that the Legal Entity takes under the Charter", "relèvent ainsi notamment de la juridiction administrative les recours contre les décisions que la Structure porteuse prend en application de la Charte"}
	notice := [2]string{"To report unlawful content published in the resources or in a space of the Project, follow the procedure of Article", "Pour signaler un contenu illicite publié dans les ressources ou dans un espace du Projet, suivez la procédure de l'article"}
	redact := [2]string{"the Legal Entity redacts those data before publishing them, save in the cases provided for in Article L. 312-1-2", "la Structure porteuse occulte ces données avant leur publication, sauf dans les cas que prévoit l'article L. 312-1-2"}
	assoc := map[string]any{"legal.vehicle": "association", "governing_law": "FR", "commons.resources": []string{"software", "data"}, "commons.personal_data": true}
	pub := fxkPublicBody("local-authority")
	pub["commons.personal_data"] = true
	for _, c := range []struct {
		name string
		set  map[string]any
		pub  bool
	}{{"public body", pub, true}, {"association", assoc, false}} {
		docs, _ := pairedPolicy(t, questionnaire.Values(c.set), questionnaire.Values{"contributions.types": []string{"code", "data"}})
		for li, l := range textfmt.All {
			name := string(l) + " " + c.name
			body := fxPlain(plainSpaces(docs[l]))
			r2Check(t, name+" 13.2", body, c.pub, courts[li])
			r2Check(t, name+" 5.5", body, true, notice[li])
			r2Check(t, name+" 4.4", body, c.pub, redact[li])
		}
	}
}

// TestFx4jConductTextPrevailing (RF-24): where the two texts of the
// Contributor Covenant diverge, the text that the prevailing version
// designates governs: for a French public body, the French one whatever
// the answer; otherwise the one of the prevailing language. No document
// keeps the rule that a breach counts only under both texts; a linked
// policy defers to the charter.
func TestFx4jConductTextPrevailing(t *testing.T) {
	stale := [2]string{"only if it is one under each of them", "au regard de chacun d'eux"}
	for _, c := range []struct {
		set  map[string]any
		lang [2]string
	}{
		{fxkPublicBody("local-authority"), [2]string{"French", "française"}},
		{map[string]any{"legal.vehicle": "association", "prevailing_language": "fr"}, [2]string{"French", "française"}},
		{map[string]any{"legal.vehicle": "association", "prevailing_language": "en"}, [2]string{"English", "anglaise"}},
	} {
		for _, code := range []string{"contributor-covenant-2.1", "contributor-covenant-3.0"} {
			set := map[string]any{"conduct.code": code}
			for k, v := range c.set {
				set[k] = v
			}
			if set["legal.vehicle"] == "public-body" {
				set["prevailing_language"] = "en"
			}
			for li, l := range textfmt.All {
				want := [2]string{"where those texts diverge, the text that the " + c.lang[0] + " version of this Charter designates prevails", "lorsque ces textes divergent, prévaut le texte que désigne la version " + c.lang[1] + " de la Charte"}
				body := fx4jCharterClause(t, set, l, "legal-languages")
				name := string(l) + " " + code + " " + c.lang[0]
				r2Check(t, name, body, true, want[li])
				r2Check(t, name, body, false, stale[li])
			}
		}
	}
	for _, lang := range []string{"fr", "en"} {
		word := map[string][2]string{"fr": {"French", "française"}, "en": {"English", "anglaise"}}[lang]
		for li, l := range textfmt.All {
			body := fxPlain(plainSpaces(policyText(t, policyExamples(), map[string]any{"prevailing_language": lang}, l)))
			want := [2]string{"where those texts diverge, the text designated for the " + word[0] + " version of this policy prevails", "lorsque ces textes divergent, prévaut le texte que désigne la version " + word[1] + " de la présente politique"}
			r2Check(t, string(l)+" policy "+lang, body, true, want[li])
			r2Check(t, string(l)+" policy "+lang, body, false, stale[li])
		}
	}
	docs, _ := pairedPolicy(t, questionnaire.Values(fxkPublicBody("local-authority")), questionnaire.Values{})
	for li, l := range textfmt.All {
		body := fxPlain(plainSpaces(docs[l]))
		want := [2]string{"the text that the prevailing version of the Charter designates prevails, as provided in Article", "prévaut le texte que désigne la version de la Charte qui prévaut, comme le prévoit l'article"}
		r2Check(t, string(l)+" linked", body, true, want[li])
		r2Check(t, string(l)+" linked", body, false, stale[li])
	}
}

// TestFx4jMinorBothRepresentatives (RI-10): outside an association, a
// minor becomes a Member only with the written agreement of each of their
// legal representatives, as the policy requires for a minor's licence,
// and then votes alone.
func TestFx4jMinorBothRepresentatives(t *testing.T) {
	want := [2]string{"only with the written agreement of each of their legal representatives, and then exercises their right to vote alone", "qu'avec l'accord écrit de chacun de ses représentants légaux, et exerce ensuite seul son droit de vote"}
	for _, v := range []string{"public-body", "fiscal-host", "scic", "none", "association"} {
		set := fx4jVehicle(v)
		set["membership.classes"] = []string{"individuals"}
		for li, l := range textfmt.All {
			body := fx4jCharterClause(t, set, l, "membership-classes")
			r2Check(t, string(l)+" "+v, body, v != "association" && v != "scic", want[li]) // a SCIC's minor acts through their administrators (RO-10)
		}
	}
}

// TestFx4jDataInformationBulletSplit (RJ2-24): in the policy's list of
// purposes, the information of sole traders named in the data is a bullet
// of its own after their legal basis, and the charter is cited as "as
// provided in Article …", not « ; l'article … ».
func TestFx4jDataInformationBulletSplit(t *testing.T) {
	want := [2]string{"\n- as to how those persons are informed: where those data include contact details", "\n- s'agissant de l'information de ces personnes : lorsque ces données comprennent des coordonnées"}
	cite := [2]string{"(GDPR, Article 14(3)), as provided in Article", "(RGPD, article 14, paragraphe 3), comme le prévoit l'article"}
	stale := [2]string{"Article 14(3); Article", "paragraphe 3 ; l'article"}
	pub := fxkPublicBody("local-authority")
	pub["commons.personal_data"] = true
	docs, _ := pairedPolicy(t, questionnaire.Values(pub), questionnaire.Values{"contributions.types": []string{"code", "data"}})
	for li, l := range textfmt.All {
		body := fxPlain(plainSpaces(docs[l]))
		r2Check(t, string(l), body, true, want[li], cite[li])
		r2Check(t, string(l), body, false, stale[li])
	}
}

// TestFx4jReceiptedFundsStatedOnce (RI-13): the rule on funds from
// receipted gifts is stated once, in the holder article, and the
// devolution and hosting articles refer to it, for every vehicle with a
// legal entity holding the assets and every devolution.
func TestFx4jReceiptedFundsStatedOnce(t *testing.T) {
	full := [2]string{"may itself receive such gifts under Articles 200 and 238 bis", "habilité lui-même à recevoir de tels dons au titre des articles 200 et 238 bis"}
	ref := [2]string{"Funds from gifts for which tax receipts were issued are transferred only as provided in Article", "Les fonds provenant de dons ayant donné lieu à la délivrance de reçus fiscaux ne sont transférés que dans les conditions de l'article"}
	for _, v := range []string{"fiscal-host", "association"} {
		for _, dev := range []string{"commons", "public-body", "foundation"} {
			set := fx4jVehicle(v)
			set["governing_law"] = "FR"
			set["economy.funding"] = []string{"donations"}
			set["exit.devolution"] = dev
			for li, l := range textfmt.All {
				body := fxPlain(fxkCharter(t, set, l))
				name := string(l) + " " + v + " " + dev
				if n := strings.Count(body, full[li]); n != 1 {
					t.Errorf("%s: full rule stated %d times, want 1", name, n)
				}
				r2Check(t, name, body, true, ref[li])
			}
		}
	}
}
