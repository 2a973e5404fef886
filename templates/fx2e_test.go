package templates

import (
	"fmt"
	"slices"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// fx2eCase checks that each phrase is in the given section exactly when
// want is true, in both languages.
type fx2eCase struct {
	p    apiTOSPhrase
	id   string
	want bool
}

func fx2eCheck(t *testing.T, what string, set func(questionnaire.Values), cases []fx2eCase) {
	t.Helper()
	for l, doc := range published12a(t, set) {
		for _, x := range cases {
			if got := x.p.in(doc, x.id); got != x.want {
				t.Errorf("%s %s: %q in %s: %v, want %v", what, l, x.p[l], x.id, got, x.want)
			}
		}
	}
}

// fx2eSet: an API that processes special categories (health data for
// care when health is true), with own purposes, publishing
// Contributions that may (sensitive) reveal special categories.
func fx2eSet(health, published, sensitive bool) func(questionnaire.Values) {
	return func(v questionnaire.Values) {
		fxreHealth(true, health)(v)
		v["contributions.published"], v["contributions.sensitive"] = published, sensitive
	}
}

// RE2-1, RE2-2, RE2-3, RE2-11: with sensitive Contributions, one legal
// basis, explicit consent (GDPR 6(1)(a) and 9(2)(a)), for publication and
// for the own purposes as to the author's data, stated alike in 6.2 and
// 6.5; the aggregated-anonymous-only sentence goes; minors under fifteen
// consent jointly with the holder of parental responsibility. Without
// sensitive Contributions the former text stays.
func TestFx2eSensitiveBasis(t *testing.T) {
	own := apiTOSPhrase{
		textfmt.EN: "the Provider shall process such data for those purposes only where they concern the author of a Contribution, and solely on the basis of that author's explicit consent",
		textfmt.FR: "le Fournisseur ne traite de telles données pour ces finalités que lorsqu'elles concernent l'auteur d'une Contribution, sur le seul fondement du consentement explicite de celui-ci",
	}
	anonymous := apiTOSPhrase{
		textfmt.EN: "the Provider shall pursue those purposes only with data first made anonymous by aggregation",
		textfmt.FR: "le Fournisseur ne poursuit ces finalités qu'à partir de données préalablement rendues anonymes par agrégation",
	}
	save := apiTOSPhrase{
		textfmt.EN: "save, where they concern the author of a Contribution and with his or her explicit consent, for the publication of Contributions and for the purposes that this article lists",
		textfmt.FR: "sauf, lorsqu'elles concernent l'auteur d'une Contribution et avec son consentement explicite, pour la publication des Contributions et pour les finalités qu'énumère le présent article",
	}
	notably := apiTOSPhrase{
		textfmt.EN: "it shall process them for no other purpose, in particular for those that this article lists",
		textfmt.FR: "il ne les traite pour aucune autre finalité, notamment pour celles qu'énumère le présent article",
	}
	basis := apiTOSPhrase{
		textfmt.EN: "in so far as they concern the data of the author of a Contribution, on that author's explicit consent (article 6(1)(a) and article 9(2)(a) of the GDPR)",
		textfmt.FR: "en tant qu'ils portent sur les données de l'auteur d'une Contribution, sur le consentement explicite de celui-ci (article 6, paragraphe 1, point a), et article 9, paragraphe 2, point a), du RGPD)",
	}
	interestAll := apiTOSPhrase{
		textfmt.EN: "on its legitimate interest in pursuing those purposes and in building and publishing its database with the Contributions it receives for that purpose and managing them with their authors",
		textfmt.FR: "sur son intérêt légitime à poursuivre ces finalités ainsi qu'à constituer et publier sa base de données avec les Contributions qu'il reçoit à cette fin et à les gérer avec leurs auteurs",
	}
	consentOwn := apiTOSPhrase{
		textfmt.EN: "explicit consent to its publication and to the processing of his or her data that the Provider carries out for the purposes listed in",
		textfmt.FR: "consentement explicite de son auteur à sa publication et aux traitements de ses données que le Fournisseur effectue pour les finalités énumérées à l'",
	}
	minors := apiTOSPhrase{
		textfmt.EN: "that consent shall be given jointly by the author and by the holder of parental responsibility (article 45 of French law no. 78-17",
		textfmt.FR: "ce consentement est donné conjointement par lui et par le titulaire de l'autorité parentale (article 45 de la loi n° 78-17",
	}
	for _, sensitive := range []bool{false, true} {
		fx2eCheck(t, fmt.Sprintf("sensitive=%v", sensitive), fx2eSet(true, true, sensitive), []fx2eCase{
			{own, "data-personal", sensitive}, {anonymous, "data-personal", !sensitive},
			{save, "data-personal", sensitive}, {notably, "data-personal", !sensitive},
			{basis, "data-personal", sensitive}, {interestAll, "data-personal", !sensitive},
			{consentOwn, "data-contributions", sensitive}, {minors, "data-contributions", sensitive},
		})
	}
}

// RE2-6: with health data for care, no adequacy country, and Users that
// store them for others use a certified host in the EEA.
func TestFx2eHealthTransfers(t *testing.T) {
	eea := apiTOSPhrase{
		textfmt.EN: "to the exclusion of any other country, even one recognised as ensuring an adequate level of protection",
		textfmt.FR: "à l'exclusion de tout autre pays, même reconnu comme assurant un niveau de protection adéquat",
	}
	user := apiTOSPhrase{
		textfmt.EN: "shall have them hosted only by a host certified under article L. 1111-8 of the French Public Health Code, and only in the EEA; it shall prove so at the Provider's first request.",
		textfmt.FR: "ne les fait héberger que par un hébergeur certifié conformément à l'article L. 1111-8 du Code de la santé publique, et uniquement dans l'EEE ; il en justifie à première demande du Fournisseur.",
	}
	for _, health := range []bool{false, true} {
		fx2eCheck(t, fmt.Sprintf("health=%v", health), fx2eSet(health, false, false), []fx2eCase{
			{eea, "data-transfers", health}, {user, "data-transfers", health},
		})
	}
}

// RE2-7: health data processed for the User follow its documented
// instructions (an appointment until its date plus a period), and the
// data used to check a published review are kept with that review.
// RE2-10: after termination the User deletes Contributions that may
// reveal sensitive data and the health data it obtained, and the limits
// of 6.5 and 6.6(4) survive.
func TestFx2eRetentionAndEnd(t *testing.T) {
	health := apiTOSPhrase{
		textfmt.EN: "By way of exception to that period, the health data it processes as processor are kept for the period set by the User's documented instructions, such as, for an appointment, until its date plus the period that the User determines",
		textfmt.FR: "Par exception à ce délai, les données de santé qu'il traite en qualité de sous-traitant sont conservées pendant la durée que fixent les instructions documentées de l'Utilisateur, par exemple, pour un rendez-vous, jusqu'à sa date augmentée du délai que l'Utilisateur détermine",
	}
	check := apiTOSPhrase{
		textfmt.EN: "and the data used to check a published review, the latter being kept for as long as that review solely to evidence that check",
		textfmt.FR: "et des données ayant servi au contrôle d'un avis publié, ces dernières étant conservées aussi longtemps que cet avis aux seules fins de justifier ce contrôle",
	}
	delContrib := apiTOSPhrase{
		textfmt.EN: "The User shall, however, delete in every case, within the same period, the Contributions, which it keeps only within the limits of",
		textfmt.FR: "L'Utilisateur supprime toutefois dans tous les cas, dans le même délai, les Contributions, qu'il ne conserve que dans les limites de",
	}
	delHealth := apiTOSPhrase{
		textfmt.EN: "the data concerning health that the API has communicated to it, other than those it had itself sent in its requests",
		textfmt.FR: "les données concernant la santé que l'API lui a communiquées, autres que celles qu'il avait lui-même transmises dans ses requêtes",
	}
	survive := apiTOSPhrase{
		textfmt.EN: "the limits on the use and retention of Contributions in",
		textfmt.FR: "les limites d'utilisation et de conservation des Contributions prévues à",
	}
	for _, c := range []struct{ health, sensitive bool }{{false, false}, {true, false}, {false, true}, {true, true}} {
		set := func(v questionnaire.Values) {
			fx2eSet(c.health, true, c.sensitive)(v)
			v["contributions.reviews"] = true
			v["contributions.reviews_check"] = questionnaire.Translated{textfmt.EN: "only customers who booked may review", textfmt.FR: "seuls les clients ayant réservé peuvent donner un avis"}
		}
		fx2eCheck(t, fmt.Sprintf("health=%v sensitive=%v", c.health, c.sensitive), set, []fx2eCase{
			{health, "data-personal", c.health}, {check, "data-personal", true},
			{delContrib, "term-effects", c.sensitive}, {delHealth, "term-effects", c.health},
			{survive, "term-effects", c.sensitive},
		})
	}
}

// RE2-9, RE2-18: with sensitive Contributions, 6.5.2 is a display-only
// rule (no reuse licence exists); otherwise the credit sentence stands on
// its own in French, so that the User, not the licence, respects the work.
func TestFx2eCreditRule(t *testing.T) {
	display := apiTOSPhrase{
		textfmt.EN: "The User shall display each Contribution with that name or pseudonym, as the API returns it, without altering its content",
		textfmt.FR: "L'Utilisateur présente chaque Contribution avec ce nom ou ce pseudonyme, telle que l'API la renvoie, sans en modifier le contenu",
	}
	reuse := apiTOSPhrase{
		textfmt.EN: "A User that reuses a work it contains, such as a photograph, shall give that name or pseudonym with it",
		textfmt.FR: "L'Utilisateur qui réutilise une œuvre qu'elle contient, telle une photographie, mentionne avec elle ce nom ou ce pseudonyme",
	}
	credit := apiTOSPhrase{
		textfmt.EN: "which, with the Provider named as the source of the Data, makes up the credit",
		textfmt.FR: "Ce nom ou ce pseudonyme constitue, avec la mention du Fournisseur comme source des Données, la mention de l'auteur",
	}
	for _, sensitive := range []bool{false, true} {
		set := func(v questionnaire.Values) {
			fx2eSet(false, true, sensitive)(v)
			v["conditions.data"] = "open-data-licence"
		}
		fx2eCheck(t, fmt.Sprintf("sensitive=%v", sensitive), set, []fx2eCase{
			{display, "data-contributions-credit", sensitive}, {reuse, "data-contributions-credit", !sensitive},
			{credit, "data-contributions-credit", !sensitive},
		})
	}
	for l, doc := range published12a(t, fx2eSet(false, true, false)) {
		if l == textfmt.FR && !(apiTOSPhrase{textfmt.FR: "mentionne avec elle ce nom ou ce pseudonyme et respecte l'œuvre."}).in(doc, "data-contributions-credit") {
			t.Errorf("fr: the User does not respect the work in its own clause")
		}
	}
}

// RE2-5: with health data for care, Annex B names the certified host,
// the scope and dates of its certificate and the hosting locations, and
// provides for return of the data at the end of the hosting (CSP
// L. 1111-8, R. 1111-11); without health data, nothing is said.
func TestFx2eHostingContract(t *testing.T) {
	host := apiTOSPhrase{
		textfmt.EN: "the hosting activities covered by its certificate of compliance, the dates of issue and renewal of that certificate and the hosting locations",
		textfmt.FR: "les activités d'hébergement couvertes par son certificat de conformité, les dates de délivrance et de renouvellement de celui-ci et les lieux d'hébergement",
	}
	back := apiTOSPhrase{
		textfmt.EN: "the Provider shall return them to the User in a structured, commonly used format",
		textfmt.FR: "le Fournisseur les restitue à l'Utilisateur dans un format structuré et couramment utilisé",
	}
	for _, health := range []bool{false, true} {
		fx2eCheck(t, fmt.Sprintf("health=%v", health), fx2eSet(health, false, false), []fx2eCase{
			{host, "dpa-security", health}, {back, "dpa-security", health},
		})
	}
}

// The rule on own purposes that mention sensitive data reads free text:
// it warns and never refuses, since the tool cannot tell what the words
// mean; purposes without such words draw nothing.
func TestFx2eOwnPurposesKeywordWarns(t *testing.T) {
	k, _ := Lookup("api-tos")
	for _, c := range []struct {
		en, fr string
		want   bool
	}{
		{"the check that each reviewer attended the teleconsultation", "la vérification que chaque auteur a bénéficié de la téléconsultation", false},
		{"reviews of patients", "les avis des patients", true},
		{"the production of statistics on the use of the API", "l'établissement de statistiques d'usage de l'API", false},
	} {
		v := exampleValues(t, k)
		fxreHealth(true, true)(v)
		v["personal_data.purposes"] = questionnaire.Translated{textfmt.EN: c.en, textfmt.FR: c.fr}
		if slices.Contains(refusals(k, v), "special-categories-own-purposes") {
			t.Errorf("%q: refused on a keyword", c.en)
		}
		if got := slices.Contains(brokenRules(k, v), "special-categories-own-purposes"); got != c.want {
			t.Errorf("%q: warning %v, want %v", c.en, got, c.want)
		}
	}
}

// RE2-16: a licence limited to publication through the API does not
// extend to print when Contributions may reveal sensitive data. RE2-21:
// the French text names the access it may make paid.
func TestFx2eLicenceMediaAndPaidAccess(t *testing.T) {
	printed := apiTOSPhrase{textfmt.EN: "in any format, digital or printed;", textfmt.FR: "dans tout format, numérique ou imprimé ;"}
	digital := apiTOSPhrase{textfmt.EN: "on any digital medium and in any digital format;", textfmt.FR: "sur tout support et dans tout format numériques ;"}
	for _, sensitive := range []bool{false, true} {
		fx2eCheck(t, fmt.Sprintf("sensitive=%v", sensitive), fx2eSet(false, true, sensitive), []fx2eCase{
			{printed, "data-contributions-licence", !sensitive}, {digital, "data-contributions-licence", sensitive},
		})
	}
	fx2eCheck(t, "free", func(questionnaire.Values) {}, []fx2eCase{
		{apiTOSPhrase{textfmt.EN: "If the Provider decides to charge for it", textfmt.FR: "Si le Fournisseur décide de rendre l'accès payant"}, "access-price", true},
	})
}

// RE2-8: when reviews are checked against use and the User may exclude
// its requests from the Provider's own purposes, a review is accepted
// only for a request not so excluded.
func TestFx2eReviewCheckAndOptOut(t *testing.T) {
	optOut := apiTOSPhrase{
		textfmt.EN: "a review is accepted only if the User has not excluded the corresponding request from the Provider's processing under",
		textfmt.FR: "un avis n'est accepté que si l'Utilisateur n'a pas exclu la requête correspondante des traitements du Fournisseur en application de l'",
	}
	for _, checked := range []bool{false, true} {
		set := func(v questionnaire.Values) {
			fx2eSet(true, true, true)(v)
			v["contributions.reviews"], v["contributions.reviews_use_checked"] = true, checked
			v["contributions.reviews_check"] = questionnaire.Translated{textfmt.EN: "only customers who booked may review", textfmt.FR: "seuls les clients ayant réservé peuvent donner un avis"}
		}
		fx2eCheck(t, fmt.Sprintf("checked=%v", checked), set, []fx2eCase{{optOut, "data-reviews", checked}})
	}
}
