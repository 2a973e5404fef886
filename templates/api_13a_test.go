package templates

import (
	"slices"
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// provider13a is one kind of provider: a private company, or a public body
// running an administrative or an industrial and commercial public service.
type provider13a struct {
	name           string
	public, admin  bool
	publicActivity string
}

var providers13a = []provider13a{
	{name: "company"},
	{name: "administrative", public: true, admin: true, publicActivity: "administrative"},
	{name: "industrial-commercial", public: true, publicActivity: "industrial-commercial"},
}

func (p provider13a) set(v questionnaire.Values) {
	if p.public {
		v["provider.type"], v["provider.name"] = "public-body", providerNames["public-body"]
		v["provider.public_activity"] = p.publicActivity
	} else {
		v["provider.type"], v["provider.name"] = "company", providerNames["company"]
	}
}

// A public body bases the processing of consumers' data for its own
// purposes on its public task, never on legitimate interest, and never
// presents it as the price of access; one that runs an administrative
// public service free of charge is not a trader and grants the consumer
// rules voluntarily, without the trader's civil fine, and the
// questionnaire warns of it; the evidence clause speaks of professional
// Users in every case.
func TestAPITOSPublicBodyConsumerArticle(t *testing.T) {
	legitimate := apiTOSPhrase{
		textfmt.EN: "That processing rests on the Provider's legitimate interest, not on the performance of the Agreement",
		textfmt.FR: "Ce traitement repose sur l'intérêt légitime du Fournisseur, et non sur l'exécution du Contrat",
	}
	publicTask := apiTOSPhrase{ // administrative wording in adminVariants
		textfmt.EN: "on the basis of the task carried out in the public interest with which it is vested (article 6(1)(e) of the GDPR), not on that of the performance of the Agreement: that processing is not consideration for access to the API, which does not depend on it",
		textfmt.FR: "sur le fondement de la mission d'intérêt public dont il est investi (article 6, paragraphe 1, point e), du RGPD), et non sur celui de l'exécution du Contrat : ce traitement n'est pas la contrepartie de l'accès à l'API, qui n'en dépend pas",
	}
	inReturn := apiTOSPhrase{
		textfmt.EN: "Access is provided without payment of a price; in return, the Provider uses",
		textfmt.FR: "L'accès est fourni sans paiement d'un prix ; en contrepartie, le Fournisseur utilise",
	}
	summaryPublic := apiTOSPhrase{
		textfmt.EN: "in the exercise of its public-interest task, without access depending on it, and holds a licence over the Contributions",
		textfmt.FR: "dans l'exercice de sa mission d'intérêt public, sans que l'accès en dépende, et bénéficie d'une licence sur les Contributions",
	}
	guaranteeInReturn := apiTOSPhrase{
		textfmt.EN: "since the Consumer provides it in return with the processing of Personal Data",
		textfmt.FR: "dès lors que le Consommateur lui procure en contrepartie le traitement de Données personnelles",
	}
	notTrader := apiTOSPhrase{
		textfmt.EN: "is therefore not a trader (professionnel) within the meaning of the preliminary article of the French Consumer Code. This article nevertheless applies towards the Consumer: the Provider voluntarily grants the Consumer the rights it provides",
		textfmt.FR: "n'est donc pas un professionnel au sens de l'article liminaire du Code de la consommation. Le présent article s'applique néanmoins à l'égard du Consommateur : le Fournisseur lui accorde volontairement les droits qu'il prévoit",
	}
	voluntaryGuarantee := apiTOSPhrase{
		textfmt.EN: "The Provider voluntarily applies to Consumers the legal guarantee of conformity of digital services, on the terms of articles L. 224-25-1 et seq.",
		textfmt.FR: "Le Fournisseur applique aux Consommateurs, à titre volontaire, la garantie légale de conformité des services numériques, dans les termes des articles L. 224-25-1 et suivants",
	}
	required := apiTOSPhrase{
		textfmt.EN: "as articles L. 211-2 and D. 211-2 of the French Consumer Code require",
		textfmt.FR: "comme l'exigent les articles L. 211-2 et D. 211-2 du Code de la consommation",
	}
	fine := apiTOSPhrase{textfmt.EN: "article L. 242-18-1", textfmt.FR: "article L. 242-18-1"}
	lawImposes := apiTOSPhrase{
		textfmt.EN: "the information that the law requires the Provider to give under articles L. 111-1 and L. 221-5",
		textfmt.FR: "les informations que la loi impose au Fournisseur de lui communiquer en application des articles L. 111-1 et L. 221-5",
	}
	professionalUser := apiTOSPhrase{
		textfmt.EN: "Towards a professional User, the records kept by the Provider's systems",
		textfmt.FR: "À l'égard d'un Utilisateur professionnel, les enregistrements conservés par les systèmes du Fournisseur",
	}
	between := apiTOSPhrase{textfmt.EN: "Between professionals", textfmt.FR: "Entre professionnels"}
	k, _ := Lookup("api-tos")
	for _, p := range providers13a {
		for _, price := range []string{"free", "paid"} {
			set := func(v questionnaire.Values) {
				p.set(v)
				v["pricing.model"], v["audience"] = price, "business-and-consumers"
				v["personal_data.processed"], v["personal_data.role"], v["contributions.published"] = true, "controller", true
			}
			free := price == "free"
			voluntary := p.admin && free
			docs := published12a(t, set)
			for l, doc := range docs {
				what := string(l) + " " + p.name + " " + price
				check := func(ph apiTOSPhrase, id string, want bool, why string) {
					t.Helper()
					if ph.in(doc, id) != want {
						t.Errorf("%s: %s: %v, want %v", what, why, !want, want)
					}
				}
				check(legitimate, "consumer-information", !p.public && free, "consumer processing on legitimate interest")
				check(publicTask, "consumer-information", p.public && free, "consumer processing on the public task, not consideration")
				check(inReturn, "summary", !p.public && free, "personal data as the price in the summary")
				check(summaryPublic, "summary", p.public && free, "public task and licence in the summary's price line")
				check(guaranteeInReturn, "consumer-guarantee", !p.public && free, "personal data given in return in the guarantee")
				check(notTrader, "consumer", voluntary, "consumer rules granted voluntarily")
				check(voluntaryGuarantee, "consumer-guarantee", voluntary, "guarantee applied voluntarily")
				check(required, "consumer-guarantee", !voluntary, "guarantee text required by law")
				check(fine, "consumer-guarantee", !voluntary, "trader's civil fine")
				check(lawImposes, "consumer-information", !voluntary, "information imposed by law")
				check(professionalUser, "evidence", true, "evidence towards professional Users")
				check(between, "evidence", false, "evidence between professionals")
			}
			v := exampleValues(t, k)
			set(v)
			if slices.Contains(brokenRules(k, v), "public-body-administrative-consumers") != voluntary {
				t.Errorf("%s %s: warning that a free administrative service is no trader: %v, want %v", p.name, price, !voluntary, voluntary)
			}
		}
	}
}

// For an administrative public service, closing the API to all gives no
// compensation; an individual termination on grounds of the general
// interest compensates the expenses the User shows, with the refund of
// prepaid sums for paid access; and every decision refusing, suspending or
// withdrawing access, or removing content, states reasons and appeals and,
// except in an emergency, follows a prior adversarial procedure, to which
// the access and hosting clauses refer.
func TestAPITOSAdministrativeDecisions(t *testing.T) {
	noCompensation := apiTOSPhrase{
		textfmt.EN: "Closing the API to all Users as provided above gives, as such, no right to compensation",
		textfmt.FR: "La fermeture de l'API à tous les Utilisateurs dans les conditions qui précèdent n'ouvre, par elle-même, droit à aucune indemnité",
	}
	prepaid := apiTOSPhrase{
		textfmt.EN: "gives, as such, no right to compensation, without prejudice to the refund of sums paid in advance",
		textfmt.FR: "n'ouvre, par elle-même, droit à aucune indemnité, sous réserve du remboursement des sommes payées d'avance",
	}
	expenses := apiTOSPhrase{
		textfmt.EN: "gives a right to compensation for the direct and certain loss resulting from it",
		textfmt.FR: "ouvre droit à l'indemnisation du préjudice direct et certain qui en résulte",
	}
	full := apiTOSPhrase{textfmt.EN: "compensate the User in full", textfmt.FR: "indemnise intégralement"}
	appeals := apiTOSPhrase{
		textfmt.EN: "shall state its reasons and the means and time limits of appeal (article R. 421-5 of the French Code of Administrative Justice); except in an emergency, and other than where it rules on the User's own request, the Provider shall take such a decision only after informing the User of the grounds envisaged",
		textfmt.FR: "est motivée et mentionne les voies et délais de recours (article R. 421-5 du Code de justice administrative) ; sauf urgence, et hors le cas où il statue sur une demande de l'Utilisateur, le Fournisseur ne prend une telle décision qu'après avoir informé l'Utilisateur des motifs envisagés",
	}
	emergency := apiTOSPhrase{
		textfmt.EN: "The Provider may, however, in an emergency, suspend access immediately",
		textfmt.FR: "Le Fournisseur peut toutefois, en cas d'urgence, suspendre l'accès immédiatement",
	}
	neutral := apiTOSPhrase{
		textfmt.EN: "shall give written reasons for any refusal or withdrawal of access, as provided in ",
		textfmt.FR: "motive par écrit tout refus ou retrait d'accès, dans les conditions de l'",
	}
	hosting := apiTOSPhrase{
		textfmt.EN: "That decision is, moreover, taken as provided in ",
		textfmt.FR: "Cette décision est en outre prise dans les conditions de l'",
	}
	for _, p := range providers13a {
		for _, price := range []string{"free", "paid"} {
			docs := published12a(t, func(v questionnaire.Values) {
				p.set(v)
				v["pricing.model"], v["conditions.access"], v["contributions.published"] = price, "neutrality", true
			})
			for l, doc := range docs {
				what := string(l) + " " + p.name + " " + price
				check := func(ph apiTOSPhrase, id string, want bool, why string) {
					t.Helper()
					if ph.in(doc, id) != want {
						t.Errorf("%s: %s: %v, want %v", what, why, !want, want)
					}
				}
				check(noCompensation, "term-provider", p.admin, "closure without compensation")
				check(prepaid, "term-provider", p.admin && price == "paid", "prepaid sums refunded on closure")
				check(expenses, "term-provider", p.admin, "general-interest termination compensates shown expenses")
				check(full, "term-provider", false, "full compensation")
				check(appeals, "term-breach", p.admin, "reasons, appeals and prior adversarial procedure")
				check(emergency, "term-breach", p.admin, "immediate suspension only in an emergency")
				check(neutral, "access-neutrality", p.admin, "refusal of access refers to the administrative decision rules")
				check(hosting, "data-hosting", p.admin, "content decisions refer to the administrative decision rules")
			}
		}
	}
}

// A public body's terms state once that, for an administrative public
// service, they are the service's rules under public law, with
// administrative liability and courts, the Civil Code by analogy and the
// consumer's private international law only in civil and commercial
// matters; every User of a public body may refer to the Défenseur des
// droits, whose referral is no longer confined to consumers; changes and
// fees are adopted and made enforceable by the competent body before they
// are announced; and the parties block gives a public body's address, and
// its name in English with the article.
func TestAPITOSPublicBodyRegime(t *testing.T) {
	serviceRules := apiTOSPhrase{
		textfmt.EN: "these terms are the rules of that service, adopted by its competent authority, to which the User becomes subject by accepting them; the relations between the Provider and Users are governed by public law",
		textfmt.FR: "les présentes conditions constituent le règlement de ce service, adopté par son autorité compétente, auquel l'Utilisateur adhère en les acceptant ; les relations entre le Fournisseur et les Utilisateurs relèvent du droit public",
	}
	adminCourts := apiTOSPhrase{
		textfmt.EN: "relating to the Rules fall within the jurisdiction of the administrative courts, save those that the law assigns to the judicial courts",
		textfmt.FR: "relatifs au Règlement relèvent de la juridiction administrative, sauf ceux que la loi attribue à la juridiction judiciaire",
	}
	adminLiability := apiTOSPhrase{
		textfmt.EN: "The Provider is liable, under the rules of administrative liability",
		textfmt.FR: "Le Fournisseur répond, dans les conditions du droit de la responsabilité administrative",
	}
	analogy := apiTOSPhrase{
		textfmt.EN: "This article applies by analogy, as provided in ",
		textfmt.FR: "Le présent article s'applique par analogie, dans les conditions de l'",
	}
	privateLaw := apiTOSPhrase{
		textfmt.EN: "to the extent that the Agreement is governed by private law",
		textfmt.FR: "dans la mesure où le Contrat relève du droit privé",
	}
	civilMatter := apiTOSPhrase{
		textfmt.EN: "Disputes between the Provider and a Consumer are governed by Article",
		textfmt.FR: "Les litiges entre le Fournisseur et le Consommateur sont régis par l'article",
	}
	defender := apiTOSPhrase{
		textfmt.EN: "Any User, natural or legal person, that considers its rights and freedoms harmed by the working of the service may also",
		textfmt.FR: "Tout Utilisateur, personne physique ou morale, qui s'estime lésé dans ses droits et libertés par le fonctionnement du service peut en outre",
	}
	consumerOnly := apiTOSPhrase{
		textfmt.EN: "any complaint about the working of the service",
		textfmt.FR: "de toute réclamation relative au fonctionnement du service",
	}
	adopted := apiTOSPhrase{
		textfmt.EN: "Any change to these terms, and any setting or change of the prices, is adopted by the Provider's competent body and made enforceable",
		textfmt.FR: "Toute modification des présentes conditions, et toute fixation ou modification des prix, est adoptée par l'organe compétent du Fournisseur et rendue exécutoire",
	}
	office := apiTOSPhrase{textfmt.EN: "Registered office", textfmt.FR: "Siège"}
	for _, p := range providers13a {
		for _, price := range []string{"free", "paid"} {
			for _, mediator := range []string{"", "Médiateur de la ville"} {
				if mediator == "" && !(p.public && price == "free") {
					continue
				}
				docs := published12a(t, func(v questionnaire.Values) {
					p.set(v)
					v["pricing.model"], v["audience"], v["liability.cap"] = price, "business-and-consumers", "none"
					v["consumer.mediator_name"] = mediator
				})
				for l, doc := range docs {
					what := string(l) + " " + p.name + " " + price + " " + mediator
					check := func(ph apiTOSPhrase, id string, want bool, why string) {
						t.Helper()
						if ph.in(doc, id) != want {
							t.Errorf("%s: %s: %v, want %v", what, why, !want, want)
						}
					}
					check(serviceRules, "governing-law", p.admin, "terms as the service's rules under public law")
					check(adminCourts, "jurisdiction", p.admin, "administrative courts")
					check(adminLiability, "liability-limit", p.admin, "administrative liability")
					// The Rules have no change-of-circumstances clause (review M, M-3).
					check(analogy, "hardship", false, "hardship clause by analogy")
					check(privateLaw, "hardship", false, "hardship clause confined to private law")
					check(civilMatter, "consumer-law", p.admin, "consumer disputes referred to the disputes article (RK2-1)")
					check(defender, "jurisdiction", p.public, "Défenseur des droits open to every User")
					check(consumerOnly, "consumer-mediation", !p.public && mediator == "", "Défenseur des droits for consumers only")
					check(adopted, "change-terms", p.public, "changes adopted and made enforceable by the competent body")
					check(office, "parties", !p.public, "registered office")
					title := "Provided by Acme Météo SAS"
					if p.public {
						title = "Provided by the Institut public de météorologie"
					}
					if l == textfmt.EN && !strings.Contains(doc.Front+doc.Title, title) {
						t.Errorf("%s: no %q", what, title)
					}
				}
			}
		}
	}
}
