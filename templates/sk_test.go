package templates

import (
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

// The cap on the seats of one class of Members lets every seat be filled:
// half of them, but never fewer than the classes need to fill them all.
func TestSKSeatCapFillsEverySeat(t *testing.T) {
	for _, c := range []struct{ seats, classes, want int }{
		{7, 2, 4}, {8, 2, 4}, {7, 3, 3}, {5, 3, 2}, {3, 4, 1}, {9, 2, 5},
	} {
		got := seatCap(c.seats, c.classes).(int)
		if got != c.want {
			t.Errorf("%d seats, %d classes: cap %d, want %d", c.seats, c.classes, got, c.want)
		}
		if got*c.classes < c.seats {
			t.Errorf("%d seats, %d classes: cap %d leaves seats that can never be filled", c.seats, c.classes, got)
		}
	}
	want := [2]string{"no class of Members listed in Article 4.2 holds more than four (4) seats", "aucune catégorie de Membres mentionnée à l'article 4.2 ne détient plus de quatre (4) sièges"}
	half := [2]string{"more than half of the seats", "plus de la moitié des sièges"}
	for li, l := range textfmt.All {
		body := charterClauseWith(t, map[string]any{"governance.steering": true, "governance.steering_seats": 7, "membership.classes": []string{"individuals", "non-profits"}}, l, "bodies-steering")
		if !strings.Contains(body, want[li]) || strings.Contains(body, half[li]) {
			t.Errorf("%s: seven seats, two classes: %q", l, body)
		}
	}
}

// Each numbered item checks that a clause of the charter, for an
// undeclared association, says what the review asked, in both languages.
func TestSKCharterDeFactoAssociation(t *testing.T) {
	set := map[string]any{"legal.vehicle": "de-facto-association", "legal.entity_name": "", "economy.funding": []string{"donations", "membership-fees"}, "membership.classes": []string{"individuals", "non-profits"}}
	for _, c := range []struct {
		id   string
		want [2]string
	}{
		// SK-2: declaring the association needs the majority of an amendment.
		{"legal-de-facto", [2]string{"by the majority and on the terms required to amend this Charter", "à la majorité et dans les conditions requises pour modifier la Charte"}},
		// SK-2: liquidators elected.
		{"exit-dissolution", [2]string{"The Assembly shall elect, under Article", "L'Assemblée élit, conformément à l'article"}},
		// SK-2: second Member elected; SK-13 none here.
		{"economy-funds-member", [2]string{"a second Member elected by the Assembly under Article", "un second Membre élu par l'Assemblée conformément à l'article"}},
		// SK-4: on a third-party forge, moderation only.
		{"roles-participant", [2]string{"are only moderation measures, taken by the administrators of that space", "ne sont que des mesures de modération, prises par les administrateurs de cet espace"}},
		// SK-9: the arrangement covers the policy and Members are told of their liability.
		{"personal-data-controller", [2]string{"This arrangement extends to the processing described in the contribution policy", "Cet accord s'étend aux traitements que décrit la politique de contribution"}},
		{"personal-data-controller", [2]string{"GDPR, Articles 26(3) and 82(4) and (5)", "RGPD, articles 26, paragraphe 3, et 82, paragraphes 4 et 5"}},
		// SK-26: one precedence rule.
		{"contribution-policy", [2]string{"This Charter prevails over the contribution policy on the organisation of the Commons and its decisions; the legal terms on which Contributions are received and licensed are those of the policy", "La Charte prévaut sur la politique de contribution pour l'organisation du Commun et ses décisions ; les conditions juridiques auxquelles les Contributions sont reçues et concédées sont celles de la politique"}},
		// SK-11: no assignment taken for granted.
		{"identity-principles", [2]string{"unless the contribution policy provides for their assignment or for an exclusive licence of them", "sauf si la politique de contribution prévoit qu'il les cède ou en concède l'exclusivité"}},
		// SK-6: minors in an undeclared association.
		{"membership-classes", [2]string{"a minor may join freely (Law of 1 July 1901, Article 2 bis)", "un mineur adhère librement (loi du 1er juillet 1901, article 2 bis)"}},
		// SK-7: control of a non-profit.
		{"membership-classes", [2]string{"through the power to appoint the majority of the members of its governing bodies", "par le pouvoir de désigner la majorité des membres de ses organes de direction"}},
		// SK-13: financial year.
		{"economy-funding", [2]string{"the financial year of the Commons runs from 1 January to 31 December", "l'exercice du Commun court du 1er janvier au 31 décembre"}},
		// SK-14: requesters convene.
		{"bodies-assembly", [2]string{"those who made the request may convene it themselves", "ses auteurs la convoquent eux-mêmes"}},
		// SK-2: the Assembly alone decides on the declaration.
		{"bodies-assembly", [2]string{"and decides to declare the association formed by the Members and to adopt its statutes", "et décide de déclarer l'association formée par les Membres et d'en adopter les statuts"}},
		// SK-16: the governance space prevails over a copy.
		{"annex-a", [2]string{"the version published in the Governance Space prevails", "la version publiée dans l'Espace de gouvernance prévaut"}},
	} {
		for li, l := range textfmt.All {
			if body := charterClauseWith(t, set, l, c.id); !strings.Contains(body, c.want[li]) {
				t.Errorf("%s, %s: no %q in %q", c.id, l, c.want[li], body)
			}
		}
	}
}

// SK-10: the licence-change majority is stated as a rule, not as the
// generator's reasoning.
func TestSKLicenceChangeMajorityPlain(t *testing.T) {
	stale := [2]string{"at least as strict as the rule for licences", "au moins aussi stricte que la règle propre aux licences"}
	for _, c := range []struct {
		rule string
		want [2]string
	}{
		{"two-thirds", [2]string{"by a two-thirds majority of the votes cast, as an amendment to this Charter", "à la majorité des deux tiers des suffrages exprimés, comme une modification de la Charte"}},
		{"three-quarters", [2]string{"by a three-quarters majority of the votes cast, as an amendment to this Charter", "à la majorité des trois quarts des suffrages exprimés, comme une modification de la Charte"}},
	} {
		for li, l := range textfmt.All {
			body := charterClauseWith(t, map[string]any{"amendment.rule": c.rule, "decisions.licence": "two-thirds"}, l, "licences-change")
			if !strings.Contains(body, c.want[li]) || strings.Contains(body, stale[li]) {
				t.Errorf("%s, %s: %q", c.rule, l, body)
			}
		}
	}
}

// The policy's items of the review, in both languages: the sole traders'
// data have a purpose, a basis, art. 14 information and a retention
// period only where the project welcomes data (SK-21); a steward without
// a legal person is said not to exist (SK-20); acceptance is recorded in
// the history and comments are merged only once accepted (SK-23).
func TestSKPolicyClauses(t *testing.T) {
	noEntity := map[string]any{"legal.entity_name": "", "legal.vehicle": "none", "security.cra_steward": true, "contributions.types": []string{"code", "data"}, "inbound": "inbound-outbound"}
	for _, c := range []struct {
		id      string
		set     map[string]any
		want    [2]string
		present bool
	}{
		{"personal-data-controller", map[string]any{"contributions.types": []string{"code", "data"}}, [2]string{"that person shall be informed individually within one month at most", "celle-ci est informée individuellement dans un délai d'un mois au plus"}, true},
		{"personal-data-controller", map[string]any{"contributions.types": []string{"code"}, "project.data": false}, [2]string{"that person shall be informed individually within one month at most", "celle-ci est informée individuellement dans un délai d'un mois au plus"}, false},
		{"personal-data-retention", map[string]any{"contributions.types": []string{"code", "data"}}, [2]string{"for as long as the person carries on the business to which they relate", "tant que la personne exerce l'activité à laquelle elles se rapportent"}, true},
		{"security-disclosure", noEntity, [2]string{"it has no open-source software steward within the meaning of Regulation (EU) 2024/2847", "celui-ci n'a pas de steward de logiciels libres au sens du règlement (UE) 2024/2847"}, true},
		{"security-disclosure", map[string]any{"legal.entity_name": "", "legal.vehicle": "none", "security.cra_steward": false}, [2]string{"open-source software steward", "steward de logiciels libres"}, false},
		{"inbound-outbound", noEntity, [2]string{"shall record your acceptance, with the version number of this policy, in the message of the commit that merges it", "reporte votre acceptation, avec le numéro de version de la présente politique, dans le message du commit qui l'intègre"}, true},
		{"inbound-other-channels", noEntity, [2]string{"is merged into the resources of the Project only after its author has accepted them in writing", "n'est intégré aux ressources du Projet qu'après que son auteur les a acceptées par écrit"}, true},
		{"inbound-other-channels", noEntity, [2]string{"near the button", "près du bouton"}, false},
		{"contributions-data", noEntity, [2]string{"the dataset that you contribute, where it is a database", "le jeu de données que vous soumettez, lorsqu'il constitue une base de données"}, false},
		{"inbound-outbound", noEntity, [2]string{"the dataset that you contribute, where it is a database", "le jeu de données que vous soumettez, lorsqu'il constitue une base de données"}, true},
		{"translation-policy", map[string]any{"ai_contributions": "ban"}, [2]string{"a translation whose wording reproduces, even in part, the output of such a tool is not accepted", "une traduction dont la rédaction reprend, même en partie, le résultat d'un tel outil n'est pas admise"}, true},
		{"translation-policy", map[string]any{"ai_contributions": "allow"}, [2]string{"is not accepted, even when reviewed", "n'est pas admise, même relue"}, false},
		{"personal-data-recipients", map[string]any{"privacy.transfer": "adequacy", "privacy.transfer_country": "us", "privacy.establishment": "FR"}, [2]string{"which is checked at each edition of this policy", "ce qui est vérifié à chaque édition de la présente politique"}, true}, // RI2-22
	} {
		for li, l := range textfmt.All {
			body := plainSpaces(assembleClause(t, c.set, l, c.id))
			if got := strings.Contains(body, c.want[li]); got != c.present {
				t.Errorf("%s %v, %s: %q present=%v, want %v: %q", c.id, c.set, l, c.want[li], got, c.present, body)
			}
		}
	}
}

// SK-26, SK-24: a linked policy states the same precedence rule as the
// charter, and sends the contact point and the kept names to the charter.
func TestSKLinkedPolicyFollowsTheCharter(t *testing.T) {
	set := map[string]any{"legal.vehicle": "de-facto-association", "legal.entity_name": "", "privacy.controller": ""}
	for _, c := range []struct {
		id   string
		want [2]string
	}{
		{"scope-purpose", [2]string{"The Charter prevails over this policy on the organisation of the Project and its decisions; the legal terms on which Contributions are received and licensed are those of this policy", "La Charte prévaut sur la présente politique pour l'organisation du Projet et ses décisions ; les conditions juridiques auxquelles les Contributions sont reçues et concédées sont celles de la présente politique"}},
		{"personal-data-controller", [2]string{"is the Member designated under", "est le Membre désigné conformément à"}},
		{"personal-data-retention", [2]string{"only the name of a person under a temporary ban still in force or a permanent ban is kept beyond that", "seul est conservé au-delà"}},
	} {
		for li, l := range textfmt.All {
			if body := plainSpaces(assembleLinked(t, set, l, c.id)); !strings.Contains(body, c.want[li]) {
				t.Errorf("%s, %s: no %q in %q", c.id, l, c.want[li], body)
			}
		}
	}
}
