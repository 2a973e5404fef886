package templates

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// fxreHealth sets answers for an API that processes, as processor and
// controller, special categories of data, health data for care among
// them when health is true.
func fxreHealth(special, health bool) func(questionnaire.Values) {
	return func(v questionnaire.Values) {
		v["personal_data.processed"], v["personal_data.role"] = true, "both"
		v["personal_data.purposes"] = questionnaire.Translated{textfmt.EN: "the production of statistics", textfmt.FR: "l'établissement de statistiques"}
		v["personal_data.special"], v["personal_data.health"] = special, health
		v["personal_data.transfers"] = "eea-only"
		if special {
			v["personal_data.special_categories"] = questionnaire.Translated{
				textfmt.EN: "data concerning health (reason for the appointment)",
				textfmt.FR: "données concernant la santé (motif du rendez-vous)",
			}
		}
	}
}

// RE-3, RE-8, RE-9: health data collected for care bring certified
// hosting in the EEA (6.2), the emergency warning (9.2) and professional
// secrecy with the e-health frameworks (B.3); other sensitive data bring
// none of them. RE-7: with any sensitive data, the connection logs keep
// neither the parameters nor the content of requests. RE-4: sensitive
// data follow the retention period, not a hard-coded "time to answer".
func TestFxreHealthClauses(t *testing.T) {
	hds := apiTOSPhrase{
		textfmt.EN: "The requests contain health data collected in the course of prevention, diagnosis or care. Those data shall be hosted, by the Provider and by its sub-processors alike, only by a host certified under article L. 1111-8 of the French Public Health Code, and only within the European Economic Area",
		textfmt.FR: "Les requêtes contiennent des données de santé recueillies à l'occasion d'activités de prévention, de diagnostic ou de soins. Ces données ne sont hébergées, par le Fournisseur comme par ses sous-traitants ultérieurs, que par un hébergeur certifié conformément à l'article L. 1111-8 du Code de la santé publique, et uniquement dans l'Espace économique européen",
	}
	emergency := apiTOSPhrase{
		textfmt.EN: "The API is not an emergency service and does not ensure that an appointment or care is obtained within any given time: the User shall state clearly to its End Users, in its Applications, that in a medical emergency they must call 112, the European emergency number, or, in France, 15.",
		textfmt.FR: "L'API n'est pas un service d'urgence et ne garantit pas l'obtention d'un rendez-vous ou de soins dans un délai donné : l'Utilisateur indique clairement à ses Utilisateurs finaux, dans ses Applications, qu'en cas d'urgence médicale ils doivent appeler le 112, numéro d'appel d'urgence européen, ou, en France, le 15.",
	}
	secrecy := apiTOSPhrase{
		textfmt.EN: "those persons shall be bound by professional secrecy (articles L. 1110-4 and L. 1111-8 of the French Public Health Code; article 226-13 of the French Criminal Code), and the Provider shall comply with the interoperability and security frameworks made binding under article L. 1470-5 of the French Public Health Code.",
		textfmt.FR: "ces personnes sont tenues au secret professionnel (articles L. 1110-4 et L. 1111-8 du Code de la santé publique ; article 226-13 du Code pénal), et le Fournisseur se conforme aux référentiels d'interopérabilité et de sécurité rendus opposables en application de l'article L. 1470-5 du Code de la santé publique.",
	}
	logs := apiTOSPhrase{
		textfmt.EN: "Those logs shall record neither the parameters nor the content of requests, which may reveal special categories of data.",
		textfmt.FR: "Ces journaux n'enregistrent ni les paramètres ni le contenu des requêtes, qui peuvent révéler des catégories particulières de données.",
	}
	answerOnly := apiTOSPhrase{
		textfmt.EN: "only for the time needed to answer the request",
		textfmt.FR: "que le temps de répondre à la requête",
	}
	for _, c := range []struct{ special, health bool }{{false, false}, {true, false}, {true, true}} {
		for l, doc := range published12a(t, fxreHealth(c.special, c.health)) {
			what := fmt.Sprintf("%s special=%v health=%v", l, c.special, c.health)
			for _, x := range []struct {
				p    apiTOSPhrase
				id   string
				want bool
			}{{hds, "data-personal", c.health}, {emergency, "warranty-disclaimer", c.health}, {secrecy, "dpa-security", c.health},
				{logs, "data-users", c.special}, {answerOnly, "data-personal", false}} {
				if got := x.p.in(doc, x.id); got != x.want {
					t.Errorf("%s: %q in %s: %v, want %v", what, x.p[l], x.id, got, x.want)
				}
			}
		}
	}
}

// RE-3: health data for care may not leave the EEA, whatever the
// safeguards; RE-2: a processor may not claim to check reviewers
// against the data it holds for its users.
func TestFxreRules(t *testing.T) {
	k, _ := Lookup("api-tos")
	for _, c := range []struct {
		set  func(questionnaire.Values)
		rule string
		want bool
	}{
		{func(v questionnaire.Values) { fxreHealth(true, true)(v); v["personal_data.transfers"] = "safeguards" }, "health-data-outside-eea", true},
		{func(v questionnaire.Values) { fxreHealth(true, false)(v); v["personal_data.transfers"] = "safeguards" }, "health-data-outside-eea", false},
		{fxreHealth(true, true), "health-data-outside-eea", false},
		{func(v questionnaire.Values) {
			v["personal_data.processed"], v["personal_data.role"] = true, "processor"
			v["contributions.published"], v["contributions.reviews"], v["contributions.reviews_use_checked"] = true, true, true
			v["contributions.reviews_check"] = questionnaire.Translated{textfmt.EN: "only customers who booked may review", textfmt.FR: "seuls les clients ayant réservé peuvent donner un avis"}
		}, "checked-reviews-by-processor", true},
		{func(v questionnaire.Values) {
			v["personal_data.processed"], v["personal_data.role"] = true, "both"
			v["personal_data.purposes"] = questionnaire.Translated{textfmt.EN: "the publication of reviews", textfmt.FR: "la publication des avis"}
			v["contributions.published"], v["contributions.reviews"], v["contributions.reviews_use_checked"] = true, true, true
			v["contributions.reviews_check"] = questionnaire.Translated{textfmt.EN: "only customers who booked may review", textfmt.FR: "seuls les clients ayant réservé peuvent donner un avis"}
		}, "checked-reviews-by-processor", false},
	} {
		v := exampleValues(t, k)
		c.set(v)
		if got := slices.Contains(refusals(k, v), c.rule); got != c.want {
			t.Errorf("rule %s: refused %v, want %v (%v)", c.rule, got, c.want, refusals(k, v))
		}
	}
}

// RE-1, RE-6: contributions that may reveal special categories of data
// are published only with their author's explicit consent, on that
// basis (6.2), and stay out of the data licence, whatever it is, and out
// of the bulk download; without that answer, the open licence covers the
// content of Contributions on the Provider's legitimate interest.
func TestFxreSensitiveContributions(t *testing.T) {
	consent := apiTOSPhrase{
		textfmt.EN: "the Provider shall publish a Contribution only with its author's explicit consent to its publication",
		textfmt.FR: "le Fournisseur ne publie une Contribution qu'avec le consentement explicite de son auteur à sa publication",
	}
	outside := apiTOSPhrase{
		textfmt.EN: "Contributions are made available only through the API: they are covered neither by the licence of the Data nor by any other licence of reuse",
		textfmt.FR: "Les Contributions ne sont mises à disposition qu'au moyen de l'API : elles ne sont couvertes ni par la licence des Données ni par aucune autre licence de réutilisation",
	}
	noDownload := apiTOSPhrase{
		textfmt.EN: ", and are not among the Data published for download",
		textfmt.FR: ", et ne figurent pas parmi les Données publiées en téléchargement",
	}
	basis := apiTOSPhrase{
		textfmt.EN: "on the basis of the author's explicit consent, which the publication of a Contribution that may reveal special categories of data requires (article 9(2)(a) of the GDPR)",
		textfmt.FR: "sur le fondement du consentement explicite de l'auteur, que requiert la publication d'une Contribution susceptible de révéler des catégories particulières de données (article 9, paragraphe 2, point a), du RGPD)",
	}
	interest := apiTOSPhrase{
		textfmt.EN: "its legitimate interest in building and publishing its database with the Contributions it receives for that purpose",
		textfmt.FR: "son intérêt légitime à constituer et publier sa base de données avec les Contributions qu'il reçoit à cette fin",
	}
	openCovers := apiTOSPhrase{
		textfmt.EN: "the rest of the content of Contributions",
		textfmt.FR: "sur le reste du contenu des Contributions",
	}
	openExcludes := apiTOSPhrase{
		textfmt.EN: "cover Contributions, which are made available only as provided in",
		textfmt.FR: "pas davantage sur les Contributions, qui ne sont mises à disposition que dans les conditions de",
	}
	cc0Excludes := apiTOSPhrase{
		textfmt.EN: "This waiver does not extend to Contributions, which are made available only as provided in",
		textfmt.FR: "La présente renonciation ne porte pas sur les Contributions, qui ne sont mises à disposition que dans les conditions de",
	}
	commercialExcludes := apiTOSPhrase{
		textfmt.EN: "Published Contributions are not covered by the document",
		textfmt.FR: "Les Contributions publiées ne sont pas couvertes par le document",
	}
	reuseLicence := apiTOSPhrase{
		textfmt.EN: "Published Contributions may therefore be reused by third parties",
		textfmt.FR: "Les Contributions publiées peuvent ainsi être réutilisées par des tiers",
	}
	for _, data := range []string{"open-data-licence", "open-reuse", "commercial"} {
		for _, sensitive := range []bool{false, true} {
			set := func(v questionnaire.Values) {
				fxreHealth(true, false)(v)
				v["conditions.data"], v["conditions.output"] = data, "any-reuse"
				v["contributions.published"], v["contributions.sensitive"] = true, sensitive
				v["data.bulk_url"] = "https://example.org/download"
			}
			for l, doc := range published12a(t, set) {
				what := fmt.Sprintf("%s %s sensitive=%v", l, data, sensitive)
				checks := []struct {
					p    apiTOSPhrase
					id   string
					want bool
				}{{consent, "data-contributions", sensitive}, {outside, "data-contributions", sensitive},
					{noDownload, "data-contributions", sensitive && data == "open-data-licence"},
					{basis, "data-personal", sensitive}, {interest, "data-personal", !sensitive},
					{reuseLicence, "data-contributions", !sensitive && data != "commercial"}}
				switch data {
				case "open-data-licence":
					checks = append(checks, struct {
						p    apiTOSPhrase
						id   string
						want bool
					}{openCovers, "data-open-data-licence", !sensitive}, struct {
						p    apiTOSPhrase
						id   string
						want bool
					}{openExcludes, "data-open-data-licence", sensitive})
				case "open-reuse":
					checks = append(checks, struct {
						p    apiTOSPhrase
						id   string
						want bool
					}{cc0Excludes, "data-open-reuse", sensitive})
				case "commercial":
					checks = append(checks, struct {
						p    apiTOSPhrase
						id   string
						want bool
					}{commercialExcludes, "data-commercial", sensitive})
				}
				for _, x := range checks {
					if got := x.p.in(doc, x.id); got != x.want {
						t.Errorf("%s: %q in %s: %v, want %v", what, x.p[l], x.id, got, x.want)
					}
				}
			}
		}
	}
}

// RE-15: under restricted access, the criteria govern access to the API,
// not the reuse of the Data published for download under the open
// licence; without a download, nothing is said. RE-17: the French text
// says that the contact details, not the name, are never published.
func TestFxreRestrictionAndDownload(t *testing.T) {
	apart := apiTOSPhrase{
		textfmt.EN: "Those restrictions govern access to the API, not the reuse of the Data published for download, which anyone may make as provided in",
		textfmt.FR: "Ces restrictions portent sur l'accès à l'API, non sur la réutilisation des Données publiées en téléchargement, que chacun peut faire dans les conditions de",
	}
	for _, bulk := range []string{"", "https://example.org/download"} {
		set := func(v questionnaire.Values) {
			v["conditions.access"], v["conditions.data"], v["conditions.output"] = "restricted", "open-data-licence", "any-reuse"
			v["access.restrictions.url"] = "https://example.org/access"
			if bulk == "" {
				delete(v, "data.bulk_url")
			} else {
				v["data.bulk_url"] = bulk
			}
			v["contributions.published"] = true
		}
		for l, doc := range published12a(t, set) {
			if got := apart.in(doc, "access-restricted"); got != (bulk != "") {
				t.Errorf("%s bulk=%q: %v, want %v", l, bulk, got, !got)
			}
			if l == textfmt.FR && !(apiTOSPhrase{textfmt.FR: "telle une adresse électronique, coordonnées qui ne sont ni publiées ni renvoyées par l'API"}).in(doc, "data-personal") {
				t.Errorf("fr: contact details not named as what is never published")
			}
		}
	}
}

// RE-5 (in part): where the Provider, acting as processor for requests,
// returns personal data from its own sources, 6.2 states its role as
// controller of those data and its legal basis; not where it is
// controller of everything, nor where the API returns no personal data
// of its own.
func TestFxreReturnedOwnSources(t *testing.T) {
	own := apiTOSPhrase{
		textfmt.EN: "The Personal Data that the API returns from the Provider's own sources, rather than from the User's requests, are made available by the Provider as controller",
		textfmt.FR: "Les Données personnelles que l'API renvoie à partir des propres sources du Fournisseur, et non des requêtes de l'Utilisateur, sont mises à disposition par le Fournisseur en qualité de responsable du traitement",
	}
	interest := apiTOSPhrase{
		textfmt.EN: "its legitimate interest in supplying the Data (article 6(1)(f) of the GDPR)",
		textfmt.FR: "de son intérêt légitime à fournir les Données (article 6, paragraphe 1, point f), du RGPD)",
	}
	for _, c := range []struct {
		role    string
		returns bool
		want    bool
	}{{"processor", true, true}, {"processor", false, false}, {"controller", true, false}} {
		set := func(v questionnaire.Values) {
			v["personal_data.processed"], v["personal_data.role"], v["personal_data.returns"] = true, c.role, c.returns
			v["contributions.published"] = false
		}
		for l, doc := range published12a(t, set) {
			if got := own.in(doc, "data-personal"); got != c.want {
				t.Errorf("%s %s returns=%v: %v, want %v", l, c.role, c.returns, got, c.want)
			}
			if got := interest.in(doc, "data-personal"); got != c.want {
				t.Errorf("%s %s returns=%v: basis %v, want %v", l, c.role, c.returns, got, c.want)
			}
		}
	}
}

// RE-20: the English terms gloss a French company's legal form written
// as French law names it, and leave any other answer as typed; the
// French terms never gloss it.
func TestFxreLegalFormGloss(t *testing.T) {
	for _, c := range []struct{ form, gloss string }{
		{"société à responsabilité limitée", " (French limited liability company)"},
		{"SAS", " (French simplified joint-stock company)"},
		{"société coopérative d'intérêt collectif", ""},
	} {
		set := func(v questionnaire.Values) {
			v["provider.type"], v["provider.country"], v["provider.legal_form"] = "company", "FR", c.form
		}
		for l, doc := range published12a(t, set) {
			want := textfmt.Typeset(l, c.form)
			if l == textfmt.EN {
				want += c.gloss
			}
			if !strings.Contains(doc.Front+clauseText(doc, "parties"), want) {
				t.Errorf("%s %q: no %q", l, c.form, want)
			}
			if l == textfmt.FR && strings.Contains(doc.Front+clauseText(doc, "parties"), "(French") {
				t.Errorf("fr %q: English gloss in the French terms", c.form)
			}
		}
	}
}
