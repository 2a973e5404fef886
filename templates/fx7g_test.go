package templates

import (
	"fmt"
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// RT-4: the data of which the Provider is the controller (the account
// and connection data of 6.1, the request data it reuses for its own
// purposes or, as sole controller, all of them) leave the EEA for a
// processor only under an adequacy decision, a certified United States
// recipient included, or under module 2 of the standard contractual
// clauses; module 3 stays for the data processed on the Users' behalf.
// Without personal data in requests, 6.1 says so itself. RN2-12: under
// professional secrecy, requests reach no such recipient readable,
// whatever the role.
func TestFx7gControllerTransfers(t *testing.T) {
	module2 := apiTOSPhrase{
		textfmt.EN: "are subject to the same rules: where the Provider transfers them to a processor established outside the EEA to which no adequacy decision of the European Commission applies, those clauses apply in their module 2 (controller to processor)",
		textfmt.FR: "suivent les mêmes règles : lorsque le Fournisseur les transfère à un sous-traitant établi hors de l'EEE auquel aucune décision d'adéquation de la Commission européenne ne s'applique, ces clauses s'appliquent dans leur module 2 (de responsable du traitement à sous-traitant)",
	}
	ownData := apiTOSPhrase{
		textfmt.EN: "and those it processes for its own purposes under Article\u00a06.2, are subject",
		textfmt.FR: "et celles qu'il traite pour ses finalités propres en application de l'article 6.2, suivent",
	}
	allData := apiTOSPhrase{
		textfmt.EN: "in particular those governed by Articles\u00a06.1 and 6.2, are subject",
		textfmt.FR: "notamment celles que régissent les articles 6.1 et 6.2, suivent",
	}
	module3 := apiTOSPhrase{
		textfmt.EN: "to a sub-processor established outside the EEA to which no adequacy decision of the European Commission applies, those clauses apply in their module 3 (processor to processor)",
		textfmt.FR: "à un sous-traitant ultérieur établi hors de l'EEE auquel aucune décision d'adéquation de la Commission européenne ne s'applique, ces clauses s'appliquent dans leur module 3 (de sous-traitant à sous-traitant)",
	}
	dpf := apiTOSPhrase{
		textfmt.EN: "to a recipient that such a decision covers, such as a recipient established in the United States and certified under the EU-U.S. Data Privacy Framework (Commission Implementing Decision (EU) 2023/1795 of 10 July 2023), or under the appropriate safeguards",
		textfmt.FR: "vers un destinataire que couvre une telle décision, tel qu'un destinataire établi aux États-Unis et certifié au titre du cadre de protection des données UE-États-Unis (décision d'exécution (UE) 2023/1795 de la Commission du 10 juillet 2023), ou moyennant les garanties appropriées",
	}
	eea := apiTOSPhrase{
		textfmt.EN: "and those governed by Article\u00a06.1, only in the European Economic Area (EEA), in a country that the European Commission recognises as ensuring an adequate level of protection under article 45 of the GDPR, or with a recipient that such a decision covers, such as a recipient established in the United States and certified under the EU-U.S. Data Privacy Framework",
		textfmt.FR: "et celles que régit l'article 6.1, que dans l'Espace économique européen (EEE), dans un pays dont la Commission européenne a reconnu qu'il assure un niveau de protection adéquat en application de l'article 45 du RGPD, ou chez un destinataire que couvre une telle décision, tel qu'un destinataire établi aux États-Unis et certifié au titre du cadre de protection des données UE-États-Unis",
	}
	secret := apiTOSPhrase{
		textfmt.EN: "cannot be raised against the authorities of the State where such a",
		textfmt.FR: "ne pouvant être opposé aux autorités de l'État où est établi un tel sous-traitant",
	}
	secretTo := apiTOSPhrase{
		textfmt.EN: "the Provider shall transfer the requests and the User Content to it only in a form that does not allow it to read them, in particular encrypted with keys held in the EEA.",
		textfmt.FR: "le Fournisseur ne transfère à ce dernier les requêtes et le Contenu de l'Utilisateur que sous une forme qui ne lui permet pas d'en prendre connaissance, notamment chiffrés au moyen de clés détenues dans l'EEE.",
	}
	ownClause := apiTOSPhrase{
		textfmt.EN: "The Provider shall transfer the Personal Data governed by this article outside the European Economic Area (EEA) only to a country that the European Commission recognises as ensuring an adequate level of protection under article 45 of the GDPR, to a recipient that such a decision covers, such as a recipient established in the United States and certified under the EU-U.S. Data Privacy Framework (Commission Implementing Decision (EU) 2023/1795 of 10 July 2023), or under the appropriate safeguards of article 46 of the GDPR. Where it transfers them to a processor established outside the EEA to which no adequacy decision applies, it shall subject that transfer to the standard contractual clauses adopted by Commission Implementing Decision (EU) 2021/914, in their module 2 (controller to processor), unless another appropriate safeguard of that article applies.",
		textfmt.FR: "Le Fournisseur ne transfère les Données personnelles que régit le présent article hors de l'Espace économique européen (EEE) que vers un pays dont la Commission européenne a reconnu qu'il assure un niveau de protection adéquat en application de l'article 45 du RGPD, vers un destinataire que couvre une telle décision, tel qu'un destinataire établi aux États-Unis et certifié au titre du cadre de protection des données UE-États-Unis (décision d'exécution (UE) 2023/1795 de la Commission du 10 juillet 2023), ou moyennant les garanties appropriées prévues à l'article 46 du RGPD. Lorsqu'il les transfère à un sous-traitant établi hors de l'EEE auquel aucune décision d'adéquation ne s'applique, il encadre ce transfert par les clauses contractuelles types adoptées par la décision d'exécution (UE) 2021/914 de la Commission, dans leur module 2 (de responsable du traitement à sous-traitant), sauf autre garantie appropriée prévue au même article.",
	}
	for _, role := range []string{"processor", "controller", "both"} {
		for _, transfers := range []string{"eea-only", "safeguards"} {
			for _, secrecy := range []bool{false, true} {
				safe := transfers == "safeguards"
				checkPhrases(t, fmt.Sprint(role, " ", transfers, " secrecy ", secrecy), func(v questionnaire.Values) {
					v["personal_data.processed"], v["personal_data.role"], v["personal_data.transfers"] = true, role, transfers
					v["provider.regulated"], v["provider.profession.secrecy"] = secrecy, secrecy
					if role != "processor" && v["personal_data.purposes"] == nil {
						v["personal_data.purposes"] = questionnaire.Translated{textfmt.EN: "statistics", textfmt.FR: "l'établissement de statistiques"}
					}
				}, map[string]phraseWant{
					"module 2":              {module2, "data-transfers", safe},
					"own data":              {ownData, "data-transfers", safe && role == "both"},
					"all data":              {allData, "data-transfers", safe && role == "controller"},
					"module 3":              {module3, "data-transfers", safe && role != "controller"},
					"DPF recipient":         {dpf, "data-transfers", safe},
					"6.1 data kept in EEA":  {eea, "data-transfers", !safe},
					"secrecy":               {secret, "data-transfers", safe && secrecy},
					"secrecy, to whom":      {secretTo, "data-transfers", safe && secrecy},
					"6.1 transfers in 6.1":  {ownClause, "data-users", false},
					"no 6.1 rule elsewhere": {ownClause, "data-transfers", false},
				})
			}
		}
	}
	checkPhrases(t, "no personal data in requests", func(v questionnaire.Values) {
		v["personal_data.processed"] = false
	}, map[string]phraseWant{
		"6.1 transfers in 6.1": {ownClause, "data-users", true},
		"no 6.3":               {module2, "data-transfers", false},
	})
}

// RT-9: where a paying Consumer may object to, or exclude his or her
// requests from, the Provider's own-purpose processing, 11.1 says that
// neither changes the price.
func TestFx7gConsumerExclusionPrice(t *testing.T) {
	both := apiTOSPhrase{
		textfmt.EN: "without losing access; neither that objection nor that exclusion has any effect on the price.",
		textfmt.FR: "sans perdre son accès ; ni cette opposition ni cette exclusion n'ont d'incidence sur le prix.",
	}
	objection := apiTOSPhrase{
		textfmt.EN: "without losing access; that objection has no effect on the price.",
		textfmt.FR: "sans perdre son accès ; cette opposition n'a aucune incidence sur le prix.",
	}
	for _, c := range []struct {
		role     string
		purposes bool
	}{{"both", true}, {"controller", true}, {"controller", false}, {"processor", false}} {
		checkPhrases(t, fmt.Sprint(c.role, " purposes ", c.purposes), func(v questionnaire.Values) {
			v["audience"], v["pricing.model"] = "business-and-consumers", "paid"
			v["personal_data.processed"], v["personal_data.role"] = true, c.role
			if c.purposes {
				v["personal_data.purposes"] = questionnaire.Translated{textfmt.EN: "statistics", textfmt.FR: "l'établissement de statistiques"}
			} else {
				v["personal_data.purposes"] = questionnaire.Translated{}
			}
		}, map[string]phraseWant{
			"objection and exclusion": {both, "consumer-information", c.purposes},
			"objection alone":         {objection, "consumer-information", c.role == "controller" && !c.purposes},
		})
	}
}

// RT-5: the options of personal_data.role say what each puts in the
// terms; "both" is the reuse of request data, not the account data,
// which 6.1 covers as controller whatever the answer.
func TestFx7gRoleOptionsHelp(t *testing.T) {
	k, _ := Lookup("api-tos")
	q, ok := k.Questionnaire.Question("personal_data.role")
	if !ok {
		t.Fatal("no question personal_data.role")
	}
	has := func(text map[textfmt.Lang]string, l textfmt.Lang, w string) bool {
		return strings.Contains(text[l], w) || strings.Contains(text[l], textfmt.Typeset(l, w))
	}
	for l, w := range map[textfmt.Lang]string{
		textfmt.EN: "whatever you answer, article 6.1 of the terms makes you the controller of your users' account and billing data",
		textfmt.FR: "quelle que soit votre réponse, l'article 6.1 des conditions vous rend responsable du traitement des données de compte et de facturation de vos utilisateurs",
	} {
		if !has(q.Help, l, w) {
			t.Errorf("%s: the help does not say %q", l, w)
		}
	}
	want := map[string]map[textfmt.Lang][2]string{
		"both": {
			textfmt.EN: {"I answer requests for users, and also reuse request data for my own purposes", "Do not choose this option only because you keep your users' account or billing data"},
			textfmt.FR: {"Je réponds pour les utilisateurs et réutilise des données des requêtes à mes fins", "Ne choisissez pas cette option au seul motif que vous conservez les données de compte ou de facturation"},
		},
		"controller": {
			textfmt.EN: {"I decide what is done with them, answering requests included (sole controller)", "The terms then include no data processing terms (no Annex B)"},
			textfmt.FR: {"Je décide seul de leur traitement (seul responsable du traitement)", "Les conditions ne comportent alors aucune clause de sous-traitance (pas d'annexe B)"},
		},
	}
	seen := 0
	for _, o := range q.Options {
		for l, w := range want[o.ID] {
			seen++
			if !has(o.Label, l, w[0]) {
				t.Errorf("%s %s: the label is %q, want %q", o.ID, l, o.Label[l], w[0])
			}
			if !has(o.Explain, l, w[1]) {
				t.Errorf("%s %s: the explanation does not say %q", o.ID, l, w[1])
			}
		}
	}
	if seen != 4 {
		t.Fatalf("%d options checked, want 4", seen)
	}
}
