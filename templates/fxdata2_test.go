package templates

import (
	"fmt"
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// fxdata2Docs assembles the api-tos terms in both languages for the
// example answers changed by set.
func fxdata2Docs(t *testing.T, set func(questionnaire.Values)) map[textfmt.Lang]*document.Document {
	t.Helper()
	return published12a(t, set)
}

// The caption of the price pictogram says "No monetary price" whenever
// access is free of a price but Consumers provide an advantage in return
// (the licence in their Contributions, or Personal Data processed for
// the Provider's own purposes other than on a public task), and "Free of
// charge" only when they provide none; the summary's text says the same.
func TestFxdata2PriceCaption(t *testing.T) {
	noPrice := apiTOSPhrase{textfmt.EN: "![No monetary price](", textfmt.FR: "![Sans prix en argent]("}
	free := apiTOSPhrase{textfmt.EN: "![Free of charge](", textfmt.FR: "![Gratuit]("}
	freeText := apiTOSPhrase{textfmt.EN: "Access is free of charge", textfmt.FR: "L'accès est gratuit"}
	licenceInReturn := apiTOSPhrase{
		textfmt.EN: "Access is provided without payment of a price; in return, the Provider holds a licence over the Contributions",
		textfmt.FR: "L'accès est fourni sans paiement d'un prix ; en contrepartie, le Fournisseur bénéficie d'une licence sur les Contributions",
	}
	for _, p := range []provider13a{providers13a[0], providers13a[1]} {
		for _, price := range []string{"free", "paid"} {
			for _, audience := range []string{"business", "business-and-consumers"} {
				for _, published := range []bool{false, true} {
					for _, role := range []string{"processor", "controller"} {
						set := func(v questionnaire.Values) {
							p.set(v)
							v["pricing.model"], v["audience"] = price, audience
							v["personal_data.processed"], v["personal_data.role"], v["contributions.published"] = true, role, published
						}
						consumers, own := audience == "business-and-consumers", role == "controller"
						moneyFree := price == "free" && consumers && (published || (own && !p.public))
						for l, doc := range fxdata2Docs(t, set) {
							what := fmt.Sprintf("%s %s %s %s published=%v %s", l, p.name, price, audience, published, role)
							if got := noPrice.in(doc, "summary"); got != moneyFree {
								t.Errorf("%s: caption %q: %v, want %v", what, noPrice[l], got, moneyFree)
							}
							if got := free.in(doc, "summary"); got != (price == "free" && !moneyFree) {
								t.Errorf("%s: caption %q: %v, want %v", what, free[l], got, !got)
							}
							if moneyFree && freeText.in(doc, "summary") {
								t.Errorf("%s: access given for an advantage still called free of charge", what)
							}
							if got := licenceInReturn.in(doc, "summary"); got != (moneyFree && !own) {
								t.Errorf("%s: licence as the only advantage in return: %v, want %v", what, got, !got)
							}
						}
					}
				}
			}
		}
	}
}

// A Contribution is User Content for the User that sent it and Data for
// every other User: its contributor keeps its rights, and the limits on
// the reuse of the Data bind only the other Users.
func TestFxdata2ContributorKeepsRights(t *testing.T) {
	def := apiTOSPhrase{
		textfmt.EN: "once published, they form part of the Data for every User other than the User that sent them, for which they remain User Content",
		textfmt.FR: "une fois publiées, elles font partie des Données à l'égard de tout Utilisateur autre que celui qui les a transmises, pour lequel elles demeurent du Contenu de l'Utilisateur",
	}
	dataDef := apiTOSPhrase{
		textfmt.EN: "a published Contribution forms part of the Data for every User other than the User that sent it",
		textfmt.FR: "une Contribution publiée fait partie des Données à l'égard de tout Utilisateur autre que celui qui l'a transmise",
	}
	keeps := apiTOSPhrase{
		textfmt.EN: "subject only to the licence granted in this article, and its author keeps his or her rights in it; other Users may therefore use published Contributions only as they use the other Data",
		textfmt.FR: "sous la seule réserve de la licence concédée au présent article, et son auteur conserve les siens ; les autres Utilisateurs ne peuvent dès lors utiliser les Contributions publiées que comme les autres Données",
	}
	commercial := apiTOSPhrase{
		textfmt.EN: "save for the User that sent them, which keeps its rights in them as provided in",
		textfmt.FR: "sauf à l'égard de l'Utilisateur qui les a transmises, qui conserve ses droits sur celles-ci comme le prévoit",
	}
	literal := apiTOSPhrase{
		textfmt.EN: ". Users may therefore use published Contributions only as they use the other Data",
		textfmt.FR: "Les Utilisateurs ne peuvent dès lors utiliser les Contributions publiées",
	}
	for _, data := range []string{"commercial", "open-data-licence"} {
		for _, published := range []bool{false, true} {
			set := func(v questionnaire.Values) {
				v["conditions.data"], v["contributions.published"] = data, published
			}
			for l, doc := range fxdata2Docs(t, set) {
				what := fmt.Sprintf("%s %s published=%v", l, data, published)
				if def.in(doc, "definitions") != published || dataDef.in(doc, "definitions") != published {
					t.Errorf("%s: definitions of Contributions and Data", what)
				}
				isCommercial := data == "commercial" && published
				if keeps.in(doc, "data-contributions") != isCommercial {
					t.Errorf("%s: contributor keeping its rights: %v", what, !isCommercial)
				}
				if isCommercial && !commercial.in(doc, "data-commercial") {
					t.Errorf("%s: the commercial restriction reaches the contributor", what)
				}
				if literal.in(doc, "data-contributions") {
					t.Errorf("%s: every User bound by the Data limits, contributor included", what)
				}
			}
		}
	}
}

// The attribution clause binds Users, which pass it on, and the Provider
// towards its licensees; it does not claim to bind other reusers, whom
// the moral right binds by law.
func TestFxdata2AttributionBindsUsers(t *testing.T) {
	user := apiTOSPhrase{
		textfmt.EN: "shall respect the work and shall impose the same obligations on the persons to which it makes that work available through its Applications",
		textfmt.FR: "respecte l'œuvre et impose les mêmes obligations aux personnes auxquelles il met cette œuvre à disposition au moyen de ses Applications",
	}
	licensees := apiTOSPhrase{
		textfmt.EN: "the Provider shall impose them on the persons to which it grants a licence under point 5 of",
		textfmt.FR: "le Fournisseur les impose aux personnes auxquelles il concède une licence en vertu du point 5 de",
	}
	law := apiTOSPhrase{
		textfmt.EN: "Every reuser is in any event bound to respect the moral right that the law grants the author (article L. 121-1",
		textfmt.FR: "Tout réutilisateur est en toute hypothèse tenu de respecter le droit moral que la loi reconnaît à l'auteur (article L. 121-1",
	}
	keep := apiTOSPhrase{
		textfmt.EN: "and shall respect the work, keeping that name or pseudonym with the work when it passes the work on",
		textfmt.FR: "et respecte l'œuvre. Il conserve ce nom ou ce pseudonyme avec l'œuvre lorsqu'il la transmet",
	}
	whoever := apiTOSPhrase{textfmt.EN: "whoever reuses a work", textfmt.FR: "quiconque réutilise une œuvre"}
	for _, data := range []string{"commercial", "open-data-licence", "open-reuse"} {
		set := func(v questionnaire.Values) {
			v["conditions.data"], v["contributions.published"] = data, true
		}
		for l, doc := range fxdata2Docs(t, set) {
			what := string(l) + " " + data
			if user.in(doc, "data-contributions-credit") != (data == "commercial") || !law.in(doc, "data-contributions-credit") {
				t.Errorf("%s: the User's duty to pass the credit on, or the moral right", what)
			}
			if keep.in(doc, "data-contributions-credit") == (data == "commercial") {
				t.Errorf("%s: open data: the User keeps the credit, adding no condition to the licence", what)
			}
			if licensees.in(doc, "data-contributions-credit") != (data == "commercial") {
				t.Errorf("%s: the Provider's duty towards its licensees: %v", what, data != "commercial")
			}
			if whoever.in(doc, "data-contributions-credit") {
				t.Errorf("%s: the clause still binds whoever reuses a work", what)
			}
		}
	}
}

// An online platform states either that it is a micro or small
// enterprise, exempt from articles 20 to 28 of the Digital Services Act,
// or the complaint-handling system and out-of-court settlement of
// articles 20 and 21; never a condition the reader cannot check. A
// public body is never such an enterprise.
func TestFxdata2PlatformComplaints(t *testing.T) {
	exempt := apiTOSPhrase{
		textfmt.EN: "For as long as the Provider is a micro or small enterprise within the meaning of Recommendation 2003/361/EC, articles 20 to 28 of the Digital Services Act, save article 24(3), do not apply to it (article 19 of that Regulation)",
		textfmt.FR: "Tant que le Fournisseur est une micro ou petite entreprise au sens de la recommandation 2003/361/CE, les articles 20 à 28 du règlement sur les services numériques, à l'exception de l'article 24, paragraphe 3, ne lui sont pas applicables (article 19 de ce règlement)",
	}
	complaint := apiTOSPhrase{
		textfmt.EN: "may lodge a complaint against it, free of charge, by e-mail to",
		textfmt.FR: "peut former contre celle-ci, gratuitement, une réclamation par courrier électronique adressé à",
	}
	ods := apiTOSPhrase{
		textfmt.EN: "may also select any out-of-court dispute settlement body certified by the Digital Services Coordinator of a Member State",
		textfmt.FR: "peut également choisir tout organe de règlement extrajudiciaire des litiges certifié par le coordinateur pour les services numériques d'un État membre",
	}
	human := apiTOSPhrase{
		textfmt.EN: "under the supervision of appropriately qualified staff and not solely on the basis of automated means",
		textfmt.FR: "sous le contrôle de personnel dûment qualifié et non sur le seul fondement de moyens automatisés",
	}
	database := apiTOSPhrase{
		textfmt.EN: "(article 24(5) of that Regulation)",
		textfmt.FR: "(article 24, paragraphe 5, de ce règlement)",
	}
	conditional := apiTOSPhrase{
		textfmt.EN: "where the Provider is bound to run an internal complaint-handling system",
		textfmt.FR: "lorsque le Fournisseur est tenu de mettre en place un système interne",
	}
	for _, p := range []provider13a{providers13a[0], providers13a[1]} {
		for _, published := range []bool{false, true} {
			for _, small := range []bool{false, true} {
				set := func(v questionnaire.Values) {
					p.set(v)
					v["contributions.published"], v["contributions.small_enterprise"] = published, small
				}
				isSmall := published && small && !p.public
				complaints := published && !isSmall
				for l, doc := range fxdata2Docs(t, set) {
					what := fmt.Sprintf("%s %s published=%v small=%v", l, p.name, published, small)
					if exempt.in(doc, "data-hosting") != isSmall {
						t.Errorf("%s: exemption stated: %v, want %v", what, !isSmall, isSmall)
					}
					for _, ph := range []apiTOSPhrase{complaint, ods, human, database, phraseComplaintRules} {
						if ph.in(doc, "data-hosting") != complaints {
							t.Errorf("%s: %q: %v, want %v", what, ph[l], !complaints, complaints)
						}
					}
					if conditional.in(doc, "data-hosting") {
						t.Errorf("%s: the complaint system still stated as a condition", what)
					}
				}
			}
		}
	}
}

// The header's line on courts says no more than Article 12.2: for a
// French merchant, Paris only for Users domiciled abroad and merchants.
func TestFxdata2HeaderCourts(t *testing.T) {
	cases := apiTOSPhrase{
		textfmt.EN: "(professional Users domiciled outside France, and Users that have contracted as merchants)",
		textfmt.FR: "(Utilisateurs professionnels domiciliés hors de France et Utilisateurs ayant contracté en qualité de commerçants)",
	}
	wide := apiTOSPhrase{
		textfmt.EN: "for disputes with professional Users, as provided in",
		textfmt.FR: "pour les litiges avec les Utilisateurs professionnels, dans les conditions de",
	}
	set := func(v questionnaire.Values) {
		v["provider.type"], v["provider.country"], v["provider.merchant"], v["jurisdiction"] = "company", "FR", true, "Paris"
	}
	for l, doc := range fxdata2Docs(t, set) {
		if !cases.in(doc, "parties") || wide.in(doc, "parties") {
			t.Errorf("%s: header courts line wider than Article 12.2:\n%s", l, clauseText(doc, "parties"))
		}
	}
}

// Small points: 5.2 yields to 11.4 towards Consumers; the model form
// follows the annex to article R. 221-1; the EN summary names the data
// licence as the FR one does.
func TestFxdata2ChangesFormAndSummary(t *testing.T) {
	subject := apiTOSPhrase{
		textfmt.EN: ", changes that are not Breaking Changes may take effect",
		textfmt.FR: ", les modifications qui ne sont pas des Modifications incompatibles peuvent prendre effet",
	}
	plain := apiTOSPhrase{
		textfmt.EN: "Changes that are not Breaking Changes may take effect",
		textfmt.FR: "Les modifications qui ne sont pas des Modifications incompatibles peuvent prendre effet",
	}
	form := apiTOSPhrase{
		textfmt.EN: "Signature of consumer(s) (only if this form is notified on paper)",
		textfmt.FR: "ma rétractation du contrat pour la prestation de services ci-dessous",
	}
	heading := apiTOSPhrase{textfmt.EN: "**Data: commercial licence.**", textfmt.FR: "**Données : licence commerciale.**"}
	for _, audience := range []string{"business", "business-and-consumers"} {
		set := func(v questionnaire.Values) {
			v["audience"], v["conditions.data"] = audience, "commercial"
		}
		consumers := audience == "business-and-consumers"
		for l, doc := range fxdata2Docs(t, set) {
			what := string(l) + " " + audience
			if subject.in(doc, "change-api") != consumers || plain.in(doc, "change-api") == consumers {
				t.Errorf("%s: 5.2 subject to 11.4: %v", what, !consumers)
			}
			if form.in(doc, "annex-withdrawal") != consumers {
				t.Errorf("%s: statutory wording of the model form", what)
			}
			if strings.Contains(clauseText(doc, "annex-withdrawal"), "portant sur la prestation") {
				t.Errorf("%s: model form not verbatim", what)
			}
			if !heading.in(doc, "summary") {
				t.Errorf("%s: summary heading of the data licence", what)
			}
		}
	}
}

// A User reports vulnerabilities to the security contact; good-faith
// research within stated limits is no breach and the Provider brings no
// claim for it, but says it cannot bind the public prosecutor; a public
// body keeps its duty under article 40 of the Code of Criminal Procedure.
func TestFxdata2VulnerabilityDisclosure(t *testing.T) {
	report := apiTOSPhrase{
		textfmt.EN: "A User that discovers a vulnerability in the API or in the Provider's systems shall report it without delay to",
		textfmt.FR: "L'Utilisateur qui découvre une vulnérabilité de l'API ou des systèmes du Fournisseur la signale sans délai à l'adresse",
	}
	noBreach := apiTOSPhrase{
		textfmt.EN: "within the rules on security research that the Documentation publishes, if any, is neither a breach of",
		textfmt.FR: "dans le respect des règles de recherche en sécurité que publie, le cas échéant, la Documentation, ne constitue ni un manquement à",
	}
	othersData := apiTOSPhrase{
		textfmt.EN: "accesses no data other than its own, in particular no data of other Users or of End Users",
		textfmt.FR: "n'accède à aucune donnée autre que les siennes, notamment à aucune donnée d'autres Utilisateurs ou d'Utilisateurs finaux",
	}
	prosecutor := apiTOSPhrase{
		textfmt.EN: "it cannot, however, bind the public prosecutor, who alone decides whether to prosecute",
		textfmt.FR: "il ne peut toutefois lier le procureur de la République, qui apprécie seul l'opportunité des poursuites",
	}
	article40 := apiTOSPhrase{
		textfmt.EN: "without prejudice to the duty that article 40 of the French Code of Criminal Procedure places on it",
		textfmt.FR: "sans préjudice de l'obligation que lui impose l'article 40 du Code de procédure pénale",
	}
	for _, p := range []provider13a{providers13a[0], providers13a[1]} {
		set := func(v questionnaire.Values) {
			p.set(v)
			v["provider.security_contact"] = "security@example.org"
		}
		for l, doc := range fxdata2Docs(t, set) {
			what := string(l) + " " + p.name
			for _, ph := range []apiTOSPhrase{report, noBreach, othersData, prosecutor} {
				if !ph.in(doc, "user-credentials") {
					t.Errorf("%s: missing %q", what, ph[l])
				}
			}
			if !strings.Contains(clauseText(doc, "user-credentials"), "security@example.org") {
				t.Errorf("%s: vulnerabilities not reported to the security contact", what)
			}
			if article40.in(doc, "user-credentials") != p.public {
				t.Errorf("%s: article 40 duty of a public body: %v", what, !p.public)
			}
		}
	}
}
