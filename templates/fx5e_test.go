package templates

import (
	"fmt"
	"slices"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// RE4-4: 6.2 states that the requests contain health data for care in a
// sentence of its own, then the certified hosting; the optional answer
// personal_data.health_host names the host and its certificate.
func TestFx5eHealthHost(t *testing.T) {
	stated := apiTOSPhrase{
		"en": "The requests contain health data collected in the course of prevention, diagnosis or care. Those data shall be hosted, by the Provider and by its sub-processors alike, only by a host certified under article L. 1111-8",
		"fr": "Les requêtes contiennent des données de santé recueillies à l'occasion d'activités de prévention, de diagnostic ou de soins. Ces données ne sont hébergées, par le Fournisseur comme par ses sous-traitants ultérieurs, que par un hébergeur certifié",
	}
	broken := apiTOSPhrase{"en": "As the requests contain health data", "fr": "Les requêtes contenant des données de santé"}
	named := apiTOSPhrase{
		"en": "and only within the European Economic Area: they are hosted by Exemple Cloud SAS, certified for hosting activities 1 to 6 (certificate no. HDS-1).",
		"fr": "et uniquement dans l'Espace économique européen : elles sont hébergées par Exemple Cloud SAS, certifiée pour les activités 1 à 6 (certificat n° HDS-1).",
	}
	for _, c := range []struct{ health, host bool }{{true, true}, {true, false}, {false, true}} {
		set := func(v questionnaire.Values) {
			fx4eReviews(c.health, true, "both")(v)
			if c.host {
				v["personal_data.health_host"] = questionnaire.Translated{textfmt.EN: "Exemple Cloud SAS, certified for hosting activities 1 to 6 (certificate no. HDS-1)", textfmt.FR: "Exemple Cloud SAS, certifiée pour les activités 1 à 6 (certificat n° HDS-1)"}
			} else {
				v["personal_data.health_host"] = questionnaire.Translated{}
			}
		}
		fx2eCheck(t, fmt.Sprintf("health=%v host=%v", c.health, c.host), set, []fx2eCase{
			{stated, "data-personal", c.health}, {broken, "data-personal", false},
			{named, "data-personal", c.health && c.host},
		})
	}
}

// fx5eWarnings lists the rules of severity warning that an answers set
// breaks.
func fx5eWarnings(k *Kind, vals questionnaire.Values) []string {
	var out []string
	for _, p := range k.Questionnaire.Check(k.Questionnaire.Resolve(vals), testDay) {
		if p.Warning() {
			out = append(out, p.Rule.ID)
		}
	}
	return out
}

// RE4-1: where the Provider hosts health data for care and checks
// reviews with a token, naming data for its own purposes brings a
// warning to name only the token; the rule reads no free text beyond
// whether the answer is given.
func TestFx5eReviewTokenOwnDataWarning(t *testing.T) {
	k, _ := Lookup("api-tos")
	for _, c := range []struct {
		health, use bool
		role        string
		named, want bool
	}{
		{true, true, "both", true, true}, {true, true, "both", false, false}, {false, true, "both", true, false},
		{true, false, "both", true, false}, {true, true, "controller", true, false},
	} {
		v := exampleValues(t, k)
		fx4eReviews(c.health, c.use, c.role)(v)
		if c.named {
			v["personal_data.controller_categories"] = questionnaire.Translated{textfmt.EN: "the reviews and the verification token", textfmt.FR: "les avis et le jeton de vérification"}
		} else {
			v["personal_data.controller_categories"] = questionnaire.Translated{}
		}
		if got := slices.Contains(fx5eWarnings(k, v), "health-review-token-own-data"); got != c.want {
			t.Errorf("%+v: warned %v, want %v", c, got, c.want)
		}
	}
}

// RE4-6, RE4-12: with restricted access, whatever the acceptance method,
// the Provider notifies a reasoned decision within fifteen days; failing
// an answer, the person may withdraw the application, which is then deemed
// refused (RN2-11 replaced the refusal by silence and its reasons sent
// five days later, which the Provider could not give for a decision it
// never formed).
func TestFx5eReasonedDecision(t *testing.T) {
	decision := apiTOSPhrase{
		"en": "The Provider shall notify the person of the decision on the application, with reasons if it is refused, as soon as possible, and at the latest within fifteen\u00a0(15)\u00a0days of receiving it.",
		"fr": "Le Fournisseur notifie à la personne sa décision, motivée en cas de refus, dans les meilleurs délais, et au plus tard dans un délai de quinze\u00a0(15)\u00a0jours à compter de la réception de sa demande.",
	}
	reasons := apiTOSPhrase{
		"en": "If no answer is given within that period, the person may withdraw the application by a simple e-mail: an application so withdrawn is deemed refused",
		"fr": "À défaut de réponse dans ce délai, la personne peut retirer sa demande par simple courrier électronique : la demande ainsi retirée est réputée refusée",
	}
	old := apiTOSPhrase{"en": "inform the person of the decision", "fr": "sans retard injustifié"}
	for _, c := range []struct {
		method     string
		restricted bool
	}{{"account", true}, {"key-request", true}, {"account", false}} {
		set := func(v questionnaire.Values) {
			v["acceptance.method"] = c.method
			v["conditions.access"] = "neutrality"
			if c.restricted {
				v["conditions.access"] = "restricted"
			}
		}
		fx2eCheck(t, fmt.Sprintf("method=%s restricted=%v", c.method, c.restricted), set, []fx2eCase{
			{decision, "scope-acceptance", c.restricted}, {reasons, "scope-acceptance", c.restricted}, {old, "scope-acceptance", false},
		})
	}
}

// RE4-5: the "Price" summary and 3.3 say in short sentences what the
// Provider processes for its own purposes; "that Article 6.2 lists" no
// longer hangs on "requests".
func TestFx5ePriceShortSentences(t *testing.T) {
	named := apiTOSPhrase{
		"en": "Access is free of charge. The Provider also processes some of the Personal Data contained in requests for its own purposes. Article\u00a06.2 lists those data and those purposes.",
		"fr": "L'accès est gratuit. Le Fournisseur traite aussi certaines des Données personnelles contenues dans les requêtes pour ses propres finalités. L'article 6.2 énumère ces données et ces finalités.",
	}
	all := apiTOSPhrase{
		"en": "Access is free of charge. The Provider also processes the Personal Data contained in requests for its own purposes. Article\u00a06.2 lists those purposes.",
		"fr": "L'accès est gratuit. Le Fournisseur traite aussi les Données personnelles contenues dans les requêtes pour ses propres finalités. L'article 6.2 énumère ces finalités.",
	}
	health := apiTOSPhrase{"en": "It never uses for them the health data it hosts on the User's behalf. A charge could apply", "fr": "Il n'y utilise jamais les données de santé qu'il héberge pour le compte de l'Utilisateur. Un prix ne pourrait s'appliquer"}
	price33 := apiTOSPhrase{
		"en": "The Provider also processes, for its own purposes, some of the Personal Data contained in requests. Article\u00a06.2 lists those data and sets the conditions of their processing.",
		"fr": "Le Fournisseur traite en outre, pour ses propres finalités, certaines des Données personnelles contenues dans les requêtes. L'article 6.2 énumère ces données et fixe les conditions de leur traitement.",
	}
	old := apiTOSPhrase{"en": "that that Article lists", "fr": "qu'énumère l'article 6.2, dans les conditions"}
	for _, c := range []struct{ health, named bool }{{true, true}, {false, true}, {false, false}} {
		set := func(v questionnaire.Values) {
			fx4eReviews(c.health, true, "both")(v)
			v["audience"] = "business"
			if !c.named {
				v["personal_data.controller_categories"] = questionnaire.Translated{}
			}
		}
		fx2eCheck(t, fmt.Sprintf("health=%v named=%v", c.health, c.named), set, []fx2eCase{
			{named, "summary", c.named}, {all, "summary", !c.named}, {health, "summary", c.health},
			{price33, "access-price", c.named}, {old, "access-price", false},
		})
	}
}

// RE4-8: with health data for care, 9.2 adds to the emergency warning
// that the Provider neither chooses nor vouches for health
// professionals; without them, neither sentence appears.
func TestFx5eHealthProfessionals(t *testing.T) {
	pros := apiTOSPhrase{
		"en": "The Provider is not a health professional: it does not choose the health professionals to whom the data processed through the API relate and vouches neither for their qualifications nor for their acts; whether and how a patient is cared for, including remotely, is for those professionals alone to decide.",
		"fr": "Le Fournisseur n'est pas un professionnel de santé : il ne choisit pas les professionnels de santé auxquels se rapportent les données traitées au moyen de l'API et ne se porte garant ni de leur qualification ni de leurs actes ; l'opportunité et les modalités d'une prise en charge, y compris à distance, relèvent de la seule appréciation de ces professionnels.",
	}
	for _, c := range []struct{ special, health bool }{{true, true}, {true, false}, {false, false}} {
		fx2eCheck(t, fmt.Sprintf("special=%v health=%v", c.special, c.health), fxreHealth(c.special, c.health), []fx2eCase{{pros, "warranty-disclaimer", c.health}})
	}
}

// RE4-9: the cap is stated in words and figures, for a fixed cap and for
// the floor of a cap on fees; the French amount takes "d'euros" after
// "million".
func TestFx5eCapInWords(t *testing.T) {
	for _, c := range []struct {
		model  string
		amount int
		p      apiTOSPhrase
	}{
		{"free", 5000, apiTOSPhrase{"en": "is limited to five thousand euros (EUR\u00a05,000).", "fr": "est limitée à cinq mille (5\u202f000)\u00a0euros."}},
		{"free", 2000000, apiTOSPhrase{"en": "is limited to two million euros (EUR\u00a02,000,000).", "fr": "est limitée à deux millions (2\u202f000\u202f000)\u00a0d'euros."}},
		{"paid", 1500, apiTOSPhrase{"en": "the higher of the following two amounts: one thousand five hundred euros (EUR\u00a01,500) and the sums", "fr": "au plus élevé des deux montants suivants : mille cinq cents (1\u202f500)\u00a0euros et les sommes"}},
	} {
		set := func(v questionnaire.Values) {
			v["pricing.model"] = c.model
			v["liability.cap"] = "amount"
			v["liability.cap_amount"] = c.amount
		}
		fx2eCheck(t, fmt.Sprintf("%s %d", c.model, c.amount), set, []fx2eCase{{c.p, "liability-limit", true}})
	}
}

// RE4-3: with both modules of the standard contractual clauses, Annex
// I.B gives the data and the special categories per module: module 1,
// where the Provider is controller, lists only the Contributions and
// what they may reveal, never the special categories of the requests.
func TestFx5eAnnexIBPerModule(t *testing.T) {
	data := apiTOSPhrase{"en": "in Annex I.B, data concerned: for module 4, ", "fr": "à l'annexe I.B, données concernées : pour le module 4, "}
	special := apiTOSPhrase{
		"en": "special categories of data: for module 4, data concerning health (reason for the appointment), with the restrictions",
		"fr": "catégories particulières de données : pour le module 4, données concernant la santé (motif du rendez-vous), avec les restrictions",
	}
	mod1Sensitive := apiTOSPhrase{"en": "and, for module 1, those that the published Contributions may reveal, on the same terms; frequency", "fr": "et, pour le module 1, celles que peuvent révéler les Contributions publiées, dans les mêmes conditions ; fréquence"}
	mod1None := apiTOSPhrase{"en": "and, for module 1, none; frequency", "fr": "et, pour le module 1, aucune ; fréquence"}
	for _, c := range []struct {
		role      string
		sensitive bool
	}{{"both", true}, {"both", false}, {"controller", true}} {
		set := func(v questionnaire.Values) {
			fx2eSet(true, true, c.sensitive)(v)
			v["personal_data.role"] = c.role
			v["personal_data.returns"] = true
			v["personal_data.returned_own_only"] = false
			v["personal_data.transfers"] = "eea-only"
		}
		both := c.role == "both"
		fx2eCheck(t, fmt.Sprintf("role=%s sensitive=%v", c.role, c.sensitive), set, []fx2eCase{
			{data, "data-transfers", both}, {special, "data-transfers", both},
			{mod1Sensitive, "data-transfers", both && c.sensitive}, {mod1None, "data-transfers", both && !c.sensitive},
		})
	}
}

// RE4-7: 10.2 no longer gives the form "a date that is that of the
// termination" beside the effective date the User chooses: the date the
// form is sent is that of the notice of termination.
func TestFx5eTerminationNoticeDate(t *testing.T) {
	notice := apiTOSPhrase{
		"en": "as soon as the form is sent. The date on which the form is sent is the date on which the termination is notified.",
		"fr": "dès l'envoi du formulaire. La date de cet envoi est celle de la notification de la résiliation.",
	}
	old := apiTOSPhrase{"en": "the date of which is the date of the termination", "fr": "dont la date est celle de la résiliation"}
	for _, m := range []string{"account", "key-request"} {
		fx2eCheck(t, m, func(v questionnaire.Values) { v["acceptance.method"] = m }, []fx2eCase{{notice, "term-user", true}, {old, "term-user", false}})
	}
}

// RE4-12: 6.6(1) says plainly that a review is accepted only if the User
// has not excluded the corresponding request.
func TestFx5eReviewOptOutPlain(t *testing.T) {
	plain := apiTOSPhrase{
		"en": "a review is accepted only if the User has not excluded the corresponding request from the Provider's processing under Article\u00a06.2; otherwise, it is refused",
		"fr": "un avis n'est accepté que si l'Utilisateur n'a pas exclu la requête correspondante des traitements du Fournisseur en application de l'article 6.2 ; à défaut, il est refusé",
	}
	old := apiTOSPhrase{"en": "in respect of a request that the User has not excluded", "fr": "au titre d'une requête que l'Utilisateur n'a pas exclue"}
	for _, use := range []bool{true, false} {
		fx2eCheck(t, fmt.Sprintf("use=%v", use), fx4eReviews(true, use, "both"), []fx2eCase{{plain, "data-reviews", use}, {old, "data-reviews", false}})
	}
}
