package templates

import (
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

// The clause on notices of unlawful content names the publisher of the
// Commons' websites. Under French law a legal person's websites have as
// director of publication its legal representative, or in a société
// anonyme the chair of its board (Law No. 82-652, art. 93-2), and carry the
// legal notices of the LCEN; without a legal person, the Member who runs a
// website is its publisher and, publishing in a non-professional capacity,
// may keep their identity off it if the hosting provider holds it. Under
// another law the clause names no director of publication. The notice
// itself carries the good-faith statement of Article 16(2)(d) DSA and the
// procedure is the Article 16 mechanism for content stored without prior
// review.
func TestFxlcenPublisherAndLegalNotices(t *testing.T) {
	k, _ := Lookup("charter")
	type want [2][]string
	cases := []struct {
		set     map[string]any
		present want
		absent  want
	}{
		{map[string]any{"legal.vehicle": "association", "governing_law": "FR"},
			want{{"The Legal Entity is the publisher of the websites of the Commons, including", "their director of publication is the legal representative of the Legal Entity (French Law No. 82-652 of 29 July 1982, Article 93-2)", "It shall publish on each of them, in an open standard, legal notices stating its name, registered office and telephone number, the name of the director of publication and the name, address and telephone number of the hosting provider of that website"},
				{"La Structure porteuse est l'éditeur des sites du Commun, dont", "leur directeur de la publication est le représentant légal de la Structure porteuse (article 93-2 de la loi n° 82-652 du 29 juillet 1982)", "Elle publie sur chacun d'eux, dans un standard ouvert, des mentions légales qui indiquent sa dénomination, son siège social et son numéro de téléphone, le nom du directeur de la publication ainsi que le nom, l'adresse et le numéro de téléphone de l'hébergeur de ce site"}},
			want{{"share capital", "non-professional capacity", "chair of the board"}, {"capital social", "titre non professionnel", "conseil d'administration"}}},
		{map[string]any{"legal.vehicle": "scic", "legal.company_form": "sa", "governing_law": "FR"},
			want{{"their director of publication is the chair of the board of directors of the Legal Entity or, where it has a management board, the chair of that board", "its registration number and its share capital"},
				{"leur directeur de la publication est le président du conseil d'administration de la Structure porteuse ou, si elle est dotée d'un directoire, le président de celui-ci", "son numéro d'immatriculation et son capital social"}},
			want{{"the legal representative of the Legal Entity"}, {"le représentant légal de la Structure porteuse"}}},
		{map[string]any{"legal.vehicle": "scic", "legal.company_form": "sas", "governing_law": "FR"},
			want{{"their director of publication is the legal representative of the Legal Entity", "its registration number and its share capital"},
				{"leur directeur de la publication est le représentant légal de la Structure porteuse", "son numéro d'immatriculation et son capital social"}},
			want{{"chair of the board"}, {"conseil d'administration"}}},
		{map[string]any{"legal.vehicle": "none", "governing_law": "FR"},
			want{{"The publisher of each website of the Commons, including", "is the Member who runs it; its director of publication is that Member", "That Member shall publish on it, in an open standard, the legal notices that French Law No. 2004-575", "A Member who publishes it in a non-professional capacity may, to preserve their anonymity, make available to the public only the name and address of that hosting provider, provided that they have given it the particulars that identify them"},
				{"L'éditeur de chaque site du Commun, dont", "est le Membre qui l'exploite ; son directeur de la publication est ce Membre", "Ce Membre y publie, dans un standard ouvert, les mentions légales que la loi n° 2004-575", "Le Membre qui l'édite à titre non professionnel peut, pour préserver son anonymat, ne tenir à la disposition du public que le nom et l'adresse de cet hébergeur, sous réserve de lui avoir communiqué les éléments qui permettent de l'identifier"}},
			want{{"The Legal Entity is the publisher"}, {"La Structure porteuse est l'éditeur"}}},
		{map[string]any{"legal.vehicle": "de-facto-association", "governing_law": "FR"},
			want{{"is the Member who runs it", "in a non-professional capacity may, to preserve their anonymity"},
				{"est le Membre qui l'exploite", "à titre non professionnel peut, pour préserver son anonymat"}},
			want{{"The Legal Entity is the publisher"}, {"La Structure porteuse est l'éditeur"}}},
		{map[string]any{"legal.vehicle": "none", "governing_law": "BE"},
			want{{"is the Member who runs it. That Member shall publish on it the information that Article XII.6 of the Belgian Code of Economic Law requires"},
				{"est le Membre qui l'exploite. Ce Membre y publie les informations que l'article XII.6 du Code de droit économique belge impose"}},
			want{{"director of publication", "non-professional capacity", "2004-575"}, {"directeur de la publication", "titre non professionnel", "2004-575"}}},
		{map[string]any{"legal.vehicle": "fiscal-host", "governing_law": "BE"},
			want{{"The Legal Entity is the publisher of the websites of the Commons", "It shall publish on each of them the information that Article XII.6 of the Belgian Code of Economic Law requires"},
				{"La Structure porteuse est l'éditeur des sites du Commun", "Elle publie sur chacun d'eux les informations que l'article XII.6 du Code de droit économique belge impose"}},
			want{{"director of publication", "2004-575"}, {"directeur de la publication", "2004-575"}}},
	}
	notice := [2][]string{{"together with a statement that its author believes in good faith that the information and allegations it contains are accurate and complete", "this procedure is, to the extent that Regulation (EU) 2022/2065 (Digital Services Act) applies to the service, the notice and action mechanism that its Article 16 requires of a provider of hosting services", "examine it promptly, diligently, objectively and impartially"},
		{"ainsi qu'une déclaration par laquelle celui-ci confirme penser de bonne foi que les informations et allégations qu'il contient sont exactes et complètes", "cette procédure constitue, dans la mesure où le règlement (UE) 2022/2065 sur les services numériques s'applique au service, le mécanisme de notification et d'action que son article 16 impose au fournisseur de services d'hébergement", "l'examine dans les meilleurs délais, avec diligence, objectivité et impartialité"}}
	for _, c := range cases {
		for li, l := range textfmt.All {
			body := plainClause(t, k, k.Examples(), c.set, l, "contribution-notices")
			if body == "" {
				t.Fatalf("%v %s: no clause contribution-notices", c.set, l)
			}
			for _, p := range append(append([]string{}, c.present[li]...), notice[li]...) {
				if !strings.Contains(body, p) {
					t.Errorf("%v %s: missing %q in:\n%s", c.set, l, p, body)
				}
			}
			for _, p := range c.absent[li] {
				if strings.Contains(body, p) {
					t.Errorf("%v %s: unexpected %q in:\n%s", c.set, l, p, body)
				}
			}
		}
	}
}

// The English charter states obligations with "shall" and restrictions
// with "may ... only", while the French text keeps the present tense that
// expresses obligation in French drafting.
func TestFxlcenEnglishObligationsReadShall(t *testing.T) {
	k, _ := Lookup("charter")
	vals := k.Examples()
	vals["legal.vehicle"], vals["governing_law"] = "de-facto-association", "FR"
	shall := []string{
		"The facilitator of the Assembly shall keep the register of Members. The register shall record, for each Member,",
		"Meetings and votes of the Assembly shall be announced at least",
		"Each decision shall be recorded with its date",
		"The Assembly shall review this Charter at least once a year",
		"Each version of this Charter shall bear a version number",
		"Technical logs shall be kept for no more than",
		"The Commons may accept a Contribution only if its author can be identified",
	}
	old := []string{"keeps the register of Members", "The register records", "are announced at least", "Each decision is recorded", "The Assembly reviews this Charter", "bears a version number", "Technical logs are kept", "The Commons accepts a Contribution only if"}
	present := []string{"L'animateur de l'Assemblée tient le registre des Membres", "Les réunions et les votes de l'Assemblée sont annoncés au moins", "Chaque décision est consignée avec sa date", "L'Assemblée réexamine la Charte au moins une fois par an", "Chaque version de la Charte porte un numéro de version"}
	text := map[textfmt.Lang]string{}
	for _, l := range textfmt.All {
		doc := assembled(t, k, vals, nil, l)
		var b strings.Builder
		for _, c := range doc.Clauses {
			b.WriteString(plainSpaces(c.Body))
			b.WriteByte('\n')
		}
		text[l] = b.String()
	}
	for _, p := range shall {
		if !strings.Contains(text[textfmt.EN], p) {
			t.Errorf("English: missing %q", p)
		}
	}
	for _, p := range old {
		if strings.Contains(text[textfmt.EN], p) {
			t.Errorf("English: obligation still in the present tense: %q", p)
		}
	}
	for _, p := range present {
		if !strings.Contains(text[textfmt.FR], p) {
			t.Errorf("French: missing %q", p)
		}
	}
}
