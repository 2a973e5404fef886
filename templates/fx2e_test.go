package templates

import (
	"fmt"
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
