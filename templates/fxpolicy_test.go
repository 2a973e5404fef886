package templates

import (
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// fxPlain folds the no-break spaces and the typographic apostrophe, so
// that phrases are written with a plain keyboard.
func fxPlain(s string) string {
	return strings.NewReplacer("\u00a0", " ", "\u202f", " ", "’", "'").Replace(s)
}

// fxDevicesPolicy is a policy linked to a charter whose commons holds the
// measurements of devices installed at people's homes (its article on
// such measurements is then printed), the policy taking from the charter
// what linking takes.
func fxDevicesPolicy(devices bool) questionnaire.Values {
	k, _ := Lookup("contribution")
	ch, _ := Lookup("charter")
	vals := linkedExamples(k)
	cv := ch.Examples()
	cv["commons.personal_data"], cv["commons.device_data"] = true, devices
	resolved := ch.Questionnaire.Resolve(cv)
	vals.SetCharterAnswers(resolved)
	for key, v := range k.Questionnaire.FromCharter(resolved) {
		vals[key] = v
	}
	return vals
}

// SN-f, O-10. Under the DCO, the contributor certifies the Contribution
// as a whole under point 1 (clause (a)); tool output, generally under no
// licence, is not certified under point 2 (clause (b)). A separate,
// express declaration states that the tool's terms leave them free to
// submit it and that it reproduces no third-party work they recognise. The other routes confirm or
// warrant the same two facts, in 11.2 and in their own article; a ban
// prints none of it.
func TestAIOutputCertifiedUnderPointTwo(t *testing.T) {
	dco := [2]string{
		"Your sign-off under point 1 of Article 6.1 covers the Contribution as a whole, of which you created at least a part and which you have the right to submit; it does not make you certify that the parts produced by a tool are your own creation. In addition, you expressly declare, for the parts produced by a tool, that you have checked that the terms of use of the tool leave you free to submit them for distribution under the Licences of the Project, and that they reproduce no third-party work that you can recognise.",
		"Votre attestation au titre du point 1 de l'article 6.1 porte sur la Contribution dans son ensemble, dont vous avez créé au moins une partie et que vous avez le droit de soumettre ; elle ne vous fait pas certifier que les parties produites par un outil sont votre création. Vous déclarez en outre expressément, pour les parties produites par un outil, que vous avez vérifié que les conditions d'utilisation de l'outil vous laissent libre de les soumettre pour qu'elles soient diffusées sous les Licences du Projet, et qu'elles ne reproduisent aucune œuvre de tiers que vous puissiez reconnaître.",
	}
	facts := [2]string{
		"that you have checked that the terms of use of the tool leave you free to submit them for distribution under the Licences of the Project, and that they reproduce no third-party work that you can recognise",
		"que vous avez vérifié que les conditions d'utilisation de l'outil vous laissent libre de les soumettre pour qu'elles soient diffusées sous les Licences du Projet, et qu'elles ne reproduisent aucune œuvre de tiers que vous puissiez reconnaître",
	}
	vouch := map[string][2]string{
		"inbound-outbound": {"For the parts produced by a tool, you confirm, as Article 6.1 requires,", "Pour les parties produites par un outil, vous confirmez, comme l'exige l'article 6.1,"},
		"cla":              {"For the parts produced by a tool, you warrant, as Article 6.1 requires,", "Pour les parties produites par un outil, vous garantissez, comme l'exige l'article 6.1,"},
		"fla":              {"For the parts produced by a tool, you warrant, as Article 6.1 requires,", "Pour les parties produites par un outil, vous garantissez, comme l'exige l'article 6.1,"},
		"assignment":       {"For the parts produced by a tool, you warrant, as Article 6.1 requires,", "Pour les parties produites par un outil, vous garantissez, comme l'exige l'article 6.1,"},
	}
	stale := [2]string{"rests on point 1 of", "porte sur le point 1 de"}
	for _, in := range []string{"inbound-outbound", "dco", "cla", "fla", "assignment"} {
		for _, ai := range []string{"ban", "disclose", "allow"} {
			for li, l := range textfmt.All {
				set := map[string]any{"inbound": in, "ai_contributions": ai}
				body := fxPlain(policyClause(t, set, l, "ai-accountability"))
				on := ai != "ban"
				if got := strings.Contains(body, dco[li]); got != (on && in == "dco") {
					t.Errorf("%s, %s, %s: DCO points 1 and 2 stated=%v: %q", in, ai, l, got, body)
				}
				if got := strings.Contains(body, facts[li]); got != on {
					t.Errorf("%s, %s, %s: tool's terms and recognisable works stated=%v: %q", in, ai, l, got, body)
				}
				if v, ok := vouch[in]; ok && strings.Contains(body, v[li]+" "+facts[li]) != on {
					t.Errorf("%s, %s, %s: the route's own confirmation misstated: %q", in, ai, l, body)
				}
				if strings.Contains(body, stale[li]) || strings.Contains(body, [2]string{"to the best of your knowledge", "à votre connaissance"}[li]) {
					t.Errorf("%s, %s, %s: the old ground of the certification remains: %q", in, ai, l, body)
				}
				if in == "dco" {
					continue
				}
				// The route's own article says the same.
				id := "inbound-" + in
				if in == "inbound-outbound" {
					id = in
				}
				route := fxPlain(policyClause(t, set, l, id))
				if got := strings.Contains(route, facts[li]); got != on {
					t.Errorf("%s, %s, %s: the article of the route states the tool's terms=%v: %q", in, ai, l, got, route)
				}
			}
		}
	}
}

// SN-g. Every form the policy names has its entry in the processing
// list (purpose and basis), and its retention and recipients: the forms
// through which Contributions are submitted outside the repository, the
// reporting form for vulnerabilities, the statements of assignment, the
// forms updating one's own data and the consent form for measurements.
func TestFormsHaveTheirProcessing(t *testing.T) {
	forms := [2][3]string{
		{"- the data that you give in a form or an interface of the Project through which you submit a Contribution outside the repository, such as your name or pseudonym, your address and your acceptance of the terms of this policy, to receive, review and credit that Contribution and to prove that acceptance, as provided in Article",
			"The data that you give in a form or an interface of the Project and that are not published with your Contribution, such as your address and the record of your acceptance of these terms, are kept for as long as the Project distributes that Contribution and, if it is not merged, for three (3) years after the last exchange about it.",
			"a form run outside the forge is hosted by the controller itself or by a provider bound to it, as processor, by a contract that meets Article 28 of the GDPR."},
		{"- les données que vous indiquez dans un formulaire ou une interface du Projet par lesquels vous soumettez une Contribution hors du dépôt, telles que votre nom ou votre pseudonyme, votre adresse et votre acceptation des conditions de la présente politique, pour recevoir, examiner et mentionner cette Contribution et justifier de cette acceptation, dans les conditions de l'article",
			"Les données que vous indiquez dans un formulaire ou une interface du Projet et qui ne sont pas publiées avec votre Contribution, telles que votre adresse et la trace de votre acceptation des présentes conditions, sont conservées tant que le Projet diffuse cette Contribution et, si elle n'est pas intégrée, pendant trois (3) ans après le dernier échange à son sujet.",
			"un formulaire exploité hors de la forge est hébergé par le responsable du traitement lui-même ou par un prestataire qui lui est lié, comme sous-traitant, par un contrat conforme à l'article 28 du RGPD."},
	}
	k, _ := Lookup("contribution")
	for li, l := range textfmt.All {
		doc := assembled(t, k, k.Examples(), nil, l)
		text := func(id string) string {
			c, ok := doc.Clause(id)
			if !ok {
				t.Fatalf("%s: no clause %s", l, id)
			}
			return fxPlain(c.Body)
		}
		purposes, retention, recipients := text("personal-data-controller"), text("personal-data-retention"), text("personal-data-recipients")
		for i, in := range []string{purposes, retention, recipients} {
			if !strings.Contains(in, forms[li][i]) {
				t.Errorf("%s: the forms of Article 6.3 lack their %s: %q", l, [3]string{"purpose", "retention", "recipients"}[i], in)
			}
		}
		// The reporting form of the security article, when there is one.
		for _, url := range []any{"https://forge.example.org/x/-/issues/new?confidential=true", nil} {
			body := fxPlain(policyClause(t, map[string]any{"security.url": url}, l, "personal-data-controller"))
			want := [2]string{"and reports of vulnerabilities, including those sent through the reporting form of Article 9.1, to fix them", "et les signalements de vulnérabilités, y compris ceux qui sont adressés par le formulaire de signalement de l'article 9.1, pour les corriger"}[li]
			if got := strings.Contains(body, want); got != (url != nil) {
				t.Errorf("%s, %v: the reporting form among the purposes=%v: %q", l, url, got, body)
			}
		}
		// The statements of assignment made in a form.
		for _, in := range []string{"assignment", "cla", "dco"} {
			body := fxPlain(policyClause(t, map[string]any{"inbound": in}, l, "personal-data-controller"))
			want := [2]string{"- the signed agreements and the statements of assignment made in a merge request or a form, with the data given to sign them, to prove the rights received", "- les actes de cession signés et les déclarations de cession faites dans une demande de fusion ou un formulaire, avec les données fournies pour les signer, pour justifier des droits reçus"}[li]
			if got := strings.Contains(body, want); got != (in == "assignment") {
				t.Errorf("%s, %s: the statements of assignment among the purposes=%v: %q", l, in, got, body)
			}
		}
	}
}

// SN-g, continued: data updated through a form are published as long as
// consent lasts; the consent form for measurements of a device at home,
// which only a charter of such measurements provides for, has its
// purpose, basis, retention and recipients.
func TestMeasurementConsentFormHasItsProcessing(t *testing.T) {
	k, _ := Lookup("contribution")
	entry := [2]string{"- the measurements of a device installed at a person's home, for their publication within the resources of the commons, with the consent of the person who hosts the device (Article 6(1)(a)), and the consent form provided in Article", "- les mesures d'un appareil installé au domicile d'une personne, pour leur publication dans les ressources du commun, avec le consentement de la personne chez qui l'appareil est installé (article 6, paragraphe 1, point a), et le formulaire de consentement que prévoit l'article"}
	basis := [2]string{"to prove that consent and the licence granted and to act on a withdrawal, on the basis of the legitimate interest of", "pour justifier de ce consentement et de la licence concédée et donner suite à un retrait, sur le fondement de l'intérêt légitime"}
	kept := [2]string{"The consent forms for measurements are kept for as long as the device's measurements enter the resources of the commons and, after that, for five years, the limitation period of claims about them (French Civil Code, Article 2224)", "Les formulaires de consentement relatifs aux mesures sont conservés tant que les mesures de l'appareil entrent dans les ressources du commun et, au-delà, pendant cinq ans, durée de la prescription des actions qui s'y rapportent (article 2224 du Code civil)"}
	read := [2]string{"the consent forms for measurements and the data given in a form of the Project", "les formulaires de consentement relatifs aux mesures et les données fournies dans un formulaire du Projet"}
	updated := [2]string{"The data about you or your business that you update through a form of the Project are published for as long as your consent lasts", "Les données qui vous concernent, vous ou votre entreprise, que vous mettez à jour par un formulaire du Projet sont publiées tant que dure votre consentement"}
	for _, devices := range []bool{false, true} {
		vals := fxDevicesPolicy(devices)
		for li, l := range textfmt.All {
			doc := assembled(t, k, vals, nil, l)
			get := func(id string) string { c, _ := doc.Clause(id); return fxPlain(c.Body) }
			purposes, retention, recipients := get("personal-data-controller"), get("personal-data-retention"), get("personal-data-recipients")
			for _, c := range []struct {
				in, p string
			}{{purposes, entry[li]}, {purposes, basis[li]}, {retention, kept[li]}, {recipients, read[li]}} {
				if got := strings.Contains(c.in, c.p); got != devices {
					t.Errorf("devices %v, %s: %q printed=%v: %q", devices, l, c.p, got, c.in)
				}
			}
			_, data := doc.Clause("contributions-data")
			if got := strings.Contains(retention, updated[li]); got != data {
				t.Errorf("devices %v, %s: retention of data updated through a form printed=%v, data welcome=%v", devices, l, got, data)
			}
		}
	}
}

// SN-h. The clause on courts is written in short sentences: the forum,
// then, under French law, when a choice of court binds a non-trader, then
// the mandatory rules it leaves intact; a policy that chooses no court
// says none of it.
func TestGoverningLawInShortSentences(t *testing.T) {
	want := [2][]string{
		{"Disputes about these terms shall be brought before the competent courts of Paris, to the extent that the law allows the parties to choose their court.",
			"Where a party is not a trader, the law allows that choice, in principle, only in an international dispute between persons who do not act as consumers (Regulation (EU) No 1215/2012, Article 25).",
			"This clause derogates from no mandatory rule of jurisdiction. In particular, it leaves intact the rules that protect employees and consumers, the rule that admits a clause on territorial jurisdiction only between traders and the rules that reserve intellectual property disputes to specialised courts."},
		{"Les litiges relatifs à ces conditions sont portés devant les juridictions compétentes de Paris, dans la mesure où la loi permet aux parties de choisir leur juridiction.",
			"Lorsque l'une des parties n'est pas commerçante, la loi ne permet en principe ce choix que dans un litige international entre personnes qui n'agissent pas en qualité de consommateurs (règlement (UE) n° 1215/2012, article 25).",
			"Cette clause ne déroge à aucune règle impérative de compétence. Elle laisse notamment intactes les règles qui protègent les salariés et les consommateurs, celle qui n'admet une clause de compétence territoriale qu'entre commerçants et celles qui réservent les litiges de propriété intellectuelle à des juridictions spécialisées."},
	}
	for _, city := range []any{"Paris", nil} {
		for li, l := range textfmt.All {
			body := fxPlain(policyClause(t, map[string]any{"jurisdiction": city, "governing_law": "FR"}, l, "general-law"))
			for _, p := range want[li] {
				if got := strings.Contains(body, p); got != (city != nil) {
					t.Errorf("%v, %s: %q printed=%v: %q", city, l, p, got, body)
				}
			}
			for _, s := range strings.Split(body, ". ") {
				if n := len(strings.Fields(s)); n > 55 {
					t.Errorf("%v, %s: a sentence of %d words: %q", city, l, n, s)
				}
			}
		}
	}
	// With a SCIC, the courts of its seat, without citing the charter's own
	// forum clause, which binds its Members and not contributors (RG-18).
	seat := [2]string{"Disputes about these terms shall be brought before the courts of the place of the seat of the Legal Entity, to the extent", "Les litiges relatifs à ces conditions sont portés devant les juridictions du lieu du siège de la Structure porteuse, dans la mesure"}
	vals := linkedPolicy(map[string]any{"legal.vehicle": "scic", "legal.company_form": "sarl", "legal.variable_capital": true})
	vals["legal.vehicle"], vals["legal.entity_name"], vals["jurisdiction"] = "scic", "SCIC Sentiers en commun", nil
	k, _ := Lookup("contribution")
	for li, l := range textfmt.All {
		if body := fxPlain(plainClause(t, k, vals, nil, l, "general-law")); !strings.Contains(body, seat[li]) {
			t.Errorf("%s: SCIC seat forum not stated in its sentence: %q", l, body)
		}
	}
}
