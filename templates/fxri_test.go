package templates

import (
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

// fxriHosts are the host forms of a fiscal host, with the kind of
// foundation where it matters.
var fxriHosts = []map[string]any{
	{"legal.host_form": "association"},
	{"legal.host_form": "foundation", "legal.foundation_kind": "public-utility"},
	{"legal.host_form": "foundation", "legal.foundation_kind": "corporate"},
	{"legal.host_form": "endowment-fund"},
}

// fxriCharter assembles clause id (with its sub-clauses) of a charter
// hosted by a fiscal host, with the example answers changed by set, its
// spaces and apostrophes plain.
func fxriCharter(t *testing.T, set map[string]any, l textfmt.Lang, id string) string {
	t.Helper()
	k, _ := Lookup("charter")
	vals := exampleValues(t, k)
	vals["legal.vehicle"], vals["governing_law"] = "fiscal-host", "FR"
	return plainSpaces(clauseWith(t, k, vals, set, l, id))
}

func fxriMerge(a, b map[string]any) map[string]any {
	m := map[string]any{}
	for k, v := range a {
		m[k] = v
	}
	for k, v := range b {
		m[k] = v
	}
	return m
}

// RI-1: whatever its form, the host records the unspent resources of the
// Commons as dedicated funds (règlement ANC n° 2018-06) under French law,
// as restricted funds under another, and the Members are told that those
// assets remain available to its creditors (C. civ. 2284). Only the
// host's statutes bind its general meeting or liquidator on devolution.
func TestFxriDedicatedFundsAndCreditors(t *testing.T) {
	want := [2][]string{
		{"as dedicated funds (fonds dédiés, Regulation No. 2018-06 of 5 December 2018", "they remain available to its creditors, including in insolvency proceedings (French Civil Code, Article 2284)"},
		{"en fonds dédiés (règlement de l'Autorité des normes comptables n° 2018-06 du 5 décembre 2018)", "ils restent le gage de ses créanciers, y compris en cas de procédure collective (Code civil, article 2284)"},
	}
	foreign := [2]string{"among its restricted funds, under the accounting rules that apply to it", "parmi les fonds affectés, selon les règles comptables qui lui sont applicables"}
	for _, h := range fxriHosts {
		for li, l := range textfmt.All {
			body := fxriCharter(t, h, l, "economy-funds-host")
			for _, w := range want[li] {
				if !strings.Contains(body, w) {
					t.Errorf("%v %s: missing %q", h, l, w)
				}
			}
			if strings.Contains(body, foreign[li]) {
				t.Errorf("%v %s: foreign accounting wording under French law", h, l)
			}
		}
	}
	for li, l := range textfmt.All {
		body := fxriCharter(t, map[string]any{"legal.host_form": "association", "governing_law": "BE"}, l, "economy-funds-host")
		if !strings.Contains(body, foreign[li]) || strings.Contains(body, "2018-06") || strings.Contains(body, "2284") {
			t.Errorf("BE %s: wrong accounting wording: %s", l, body)
		}
	}
	// Devolution on the host's own dissolution: its statutes must give the
	// earmarked net assets; the association's general meeting is named.
	dev := [2][2]string{
		{"the net assets corresponding to the funds earmarked for the Commons and the rights received for it, failing which the agreement would", "the general meeting nor the liquidator of the Legal Entity (French law of 1 July 1901, Article 9; Decree of 16 August 1901, Article 15)"},
		{"l'actif net correspondant aux fonds affectés au Commun ainsi que les droits reçus pour lui, faute de quoi la convention ne lierait pas", "l'assemblée générale ni le liquidateur de la Structure porteuse (loi du 1er juillet 1901, article 9 ; décret du 16 août 1901, article 15)"},
	}
	for _, h := range fxriHosts {
		for li, l := range textfmt.All {
			body := fxriCharter(t, h, l, "legal-fiscal-host") + fxriCharter(t, h, l, "annex-hosting") // RI2-4
			corporate := h["legal.foundation_kind"] == "corporate"
			if got := strings.Contains(body, dev[li][0]); got == corporate {
				t.Errorf("%v %s: statutory devolution clause=%v", h, l, got)
			}
			if got := strings.Contains(body, dev[li][1]); got != (h["legal.host_form"] == "association") {
				t.Errorf("%v %s: loi 1901 devolution cited=%v", h, l, got)
			}
		}
	}
	// No dedicated-funds clause when the Commons is itself an association.
	k, _ := Lookup("charter")
	for _, l := range textfmt.All {
		vals := exampleValues(t, k)
		vals["legal.vehicle"] = "association"
		if s := plainSpaces(qeAll(assembled(t, k, vals, nil, l))); strings.Contains(s, "2018-06") {
			t.Errorf("association %s: dedicated funds outside a hosted commons", l)
		}
	}
}

// RI-2, RI-5, RI-11: the hosting agreement stipulates the host's
// undertakings of 2.5, 9, 14 and 17 for Contributors and users too; a
// missing undertaking does not bind the host until the agreement is
// amended; when no successor is designated before the notice expires,
// the assets go to the named beneficiary, or to one the host chooses
// among eligible ones, never to the host.
func TestFxriHostingAgreementThirdPartiesAndFallback(t *testing.T) {
	want := [2][]string{
		{"and in favour of the Contributors and of any person who uses the Resources those of these undertakings that are set out in Articles",
			"As long as the hosting agreement does not incorporate one of those clauses, the corresponding provision of this Charter does not bind the Legal Entity",
			"If no such designation has been made when the notice expires, the Legal Entity shall transfer those assets, with the same commitments,",
			"it shall in no case keep them for itself."},
		{"et au profit des Contributeurs et de toute personne qui utilise les Ressources ceux de ces engagements que prévoient les articles",
			"Tant que la convention d'accueil ne reprend pas l'une de ces clauses, la stipulation correspondante de la Charte ne lie pas la Structure porteuse",
			"À défaut d'une telle désignation à l'expiration du préavis, la Structure porteuse transfère ces biens, avec les mêmes engagements,",
			"elle ne les conserve en aucun cas pour elle-même."},
	}
	named := [2]string{"to the recipient designated in advance in Article", "au bénéficiaire que désigne à l'avance l'article"}
	for _, h := range fxriHosts {
		for _, ben := range []string{"", "Association Eau Libre"} {
			for _, dv := range []string{"commons", "foundation", "public-body"} {
				for li, l := range textfmt.All {
					body := fxriCharter(t, fxriMerge(h, map[string]any{"exit.beneficiary": ben, "exit.devolution": dv}), l, "legal-fiscal-host") + fxriCharter(t, fxriMerge(h, map[string]any{"exit.beneficiary": ben, "exit.devolution": dv}), l, "annex-hosting") // RI2-4
					for _, w := range want[li] {
						if !strings.Contains(body, w) {
							t.Errorf("%v %q %s %s: missing %q", h, ben, dv, l, w)
						}
					}
					if got := strings.Contains(body, named[li]); got != (ben != "") {
						t.Errorf("%v %q %s %s: named fallback=%v", h, ben, dv, l, got)
					}
					if ben != "" && !strings.Contains(body, ben) {
						t.Errorf("%v %s: beneficiary not named", h, l)
					}
				}
			}
		}
	}
}

// RI-7: under the DSA the single point of contact is the host's, for all
// its services (arts. 11-12); the Commons' address only forwards. An
// entity that is the Commons keeps its own address.
func TestFxriDSAContactOfHost(t *testing.T) {
	host := [2]string{"is the one that it designates for all its services and whose address it publishes on its websites and in the Governance Space", "est celui qu'elle désigne pour l'ensemble de ses services et dont elle publie l'adresse sur ses sites et dans l'Espace de gouvernance"}
	own := [2]string{"is its single point of contact for the authorities", "est son point de contact unique pour les autorités"}
	k, _ := Lookup("charter")
	for _, v := range []string{"fiscal-host", "association", "scic"} {
		for li, l := range textfmt.All {
			vals := exampleValues(t, k)
			vals["legal.vehicle"], vals["governing_law"] = v, "FR"
			body := plainSpaces(clauseWith(t, k, vals, nil, l, "contribution-notices"))
			isHost := v == "fiscal-host"
			if strings.Contains(body, host[li]) != isHost || strings.Contains(body, own[li]) == isHost {
				t.Errorf("%s %s: wrong DSA point of contact: %s", v, l, body)
			}
		}
	}
}

// RI-20: under an FLA (and a CLA) linked to a hosted charter, the
// Licensee may transfer the rights in every case of transfer that the
// charter provides (holder of the assets, devolution, end of hosting),
// and under an FLA each transfer is notified to the contributor and made
// public, taking effect against them only then (C. civ. 1216, al. 2).
func TestFxriFLATransferCasesAndNotice(t *testing.T) {
	notice := [2]string{"Any transfer of those rights, which carries the signed agreements with it, shall be notified to you in writing at the last e-mail address that you gave and made public", "Toute transmission de ces droits, qui emporte celle des accords signés, vous est notifiée par écrit à la dernière adresse électronique que vous avez indiquée et rendue publique"}
	civ := [2]string{"(French Civil Code, Article 1216, second paragraph)", "(Code civil, article 1216, alinéa 2)"}
	cases := [2]string{"in the cases that the Charter provides for (Articles ", "dans les cas que prévoit la Charte (articles "}
	for _, h := range fxriHosts {
		for _, inbound := range []string{"fla", "cla"} {
			for li, l := range textfmt.All {
				cs := fxriMerge(h, map[string]any{"legal.vehicle": "fiscal-host", "governing_law": "FR", "exit.devolution": "commons"})
				id := "inbound-" + inbound
				body := strings.ReplaceAll(fxrdPolicy(t, true, cs, map[string]any{"inbound": inbound, "agreement.url": "https://sentiers.example/accord"}, l, id), "’", "'")
				i := strings.Index(body, cases[li])
				if i < 0 {
					t.Errorf("%v %s %s: no list of the charter's transfer cases", h, inbound, l)
					continue
				}
				list := body[i+len(cases[li]) : i+len(cases[li])+30]
				if strings.Count(list, ".") < 3 {
					t.Errorf("%v %s %s: transfer cases %q: holder, devolution and end of hosting expected", h, inbound, l, list)
				}
				if got := strings.Contains(body, notice[li]) && strings.Contains(body, civ[li]); got != (inbound == "fla") {
					t.Errorf("%v %s %s: notice of transfer=%v", h, inbound, l, got)
				}
			}
		}
	}
	// Not linked: no list, the notice without the charter.
	for li, l := range textfmt.All {
		body := strings.ReplaceAll(fxrdPolicy(t, false, nil, map[string]any{"inbound": "fla", "agreement.url": "https://sentiers.example/accord"}, l, "inbound-fla"), "’", "'")
		if strings.Contains(body, cases[li]) || !strings.Contains(body, notice[li]) {
			t.Errorf("unlinked %s: %s", l, body)
		}
	}
}

// RI-22: the host gives the Maintainers a written mandate (in the hosting
// agreement when a charter is linked) to accept and merge Contributions
// in its name and, when the agreement is signed with it, to collect the
// contributor's acceptance; the charter requires that mandate in the
// hosting agreement. The old "takes no part" denial is gone.
func TestFxriMaintainersMandateOfHost(t *testing.T) {
	mandate := [2]string{"gives the Maintainers, in the hosting agreement, a mandate to accept and merge the Contributions in its name", "donne aux Mainteneurs, dans la convention d'accueil, mandat d'accepter et d'intégrer en son nom les Contributions"}
	collect := [2]string{"and to collect in its name your acceptance of the agreement that you sign", "et de recueillir en son nom votre acceptation de l'accord que vous signez"}
	stale := [2]string{"that legal person takes no part in the review", "cette personne morale ne prend aucune part à l'examen"}
	for _, inbound := range []string{"fla", "cla", "assignment", "dco"} {
		for li, l := range textfmt.All {
			cs := map[string]any{"legal.vehicle": "fiscal-host", "legal.host_form": "association"}
			set := map[string]any{"inbound": inbound, "agreement.url": "https://sentiers.example/accord"}
			body := strings.ReplaceAll(fxrdPolicy(t, true, cs, set, l, "scope"), "’", "'")
			if !strings.Contains(body, mandate[li]) || strings.Contains(body, stale[li]) {
				t.Errorf("%s %s: no mandate of the Maintainers", inbound, l)
			}
			if got := strings.Contains(body, collect[li]); got != (inbound != "dco") {
				t.Errorf("%s %s: collects acceptance=%v", inbound, l, got)
			}
		}
	}
	inCharter := [2]string{"The agreement provides for the written mandate by which the Legal Entity instructs the Maintainers to accept and merge in its name the Contributions", "La convention prévoit le mandat écrit par lequel la Structure porteuse charge les Mainteneurs d'accepter et d'intégrer en son nom les Contributions"}
	// RI-6: the agreement also provides for the written undertaking of
	// the members of the bodies to process personal data only on the
	// host's documented instructions (GDPR, arts. 29 and 32(4)).
	art29 := [2]string{"the written undertaking, which the Legal Entity obtains from the members of the bodies of the Commons, to process personal data only on its documented instructions", "l'engagement écrit, que la Structure porteuse recueille des membres des instances du Commun, de ne traiter les données personnelles que sur ses instructions documentées"}
	for _, h := range fxriHosts {
		for li, l := range textfmt.All {
			body := fxriCharter(t, h, l, "legal-fiscal-host") + fxriCharter(t, h, l, "annex-hosting") // RI2-4
			if !strings.Contains(body, inCharter[li]) {
				t.Errorf("%v %s: hosting agreement without the Maintainers' mandate", h, l)
			}
			if !strings.Contains(body, art29[li]) {
				t.Errorf("%v %s: hosting agreement without the bodies' undertaking", h, l)
			}
		}
	}
}

// RI-2: in a hosted charter, users and improvers may act against the host
// itself, as promisor of the stipulation of the hosting agreement; other
// vehicles have no such sentence.
func TestFxriUsersActAgainstTheHost(t *testing.T) {
	want := [2]string{"For those of these commitments that fall on the Legal Entity, they may act against it under the stipulation that the hosting agreement makes in their favour (Article", "Pour ceux de ces engagements qui incombent à la Structure porteuse, elles peuvent agir contre elle en vertu de la stipulation que la convention d'accueil comporte à leur profit (article"}
	k, _ := Lookup("charter")
	for _, v := range []string{"fiscal-host", "association", "none"} {
		for li, l := range textfmt.All {
			vals := exampleValues(t, k)
			vals["legal.vehicle"], vals["governing_law"] = v, "FR"
			body := plainSpaces(clauseWith(t, k, vals, nil, l, "legal-nature"))
			if got := strings.Contains(body, want[li]); got != (v == "fiscal-host") {
				t.Errorf("%s %s: action against the host=%v", v, l, got)
			}
		}
	}
}

// RI-M1, RI-8: a French association or foundation that hosts the Commons
// and seeks public grants subscribes the contrat d'engagement républicain
// (loi 2000-321, art. 10-1), which Members and Participants respect in
// the Commons; an association host also audits and publishes its accounts
// above the L. 612-4 threshold. None of this without grants, for an
// endowment fund (no public money), or under another law.
func TestFxriRepublicanContractAndGrantAccounts(t *testing.T) {
	cer := [2]string{"the Legal Entity shall subscribe, unless it has already done so, to the contract of republican commitment provided for by Article 10-1", "la Structure porteuse souscrit, si ce n'est déjà fait, le contrat d'engagement républicain prévu par l'article 10-1"}
	respect := [2]string{"the Members and the Participants shall respect the commitments of that contract in the activities of the Commons", "les Membres et les Participants respectent les engagements de ce contrat dans les activités du Commun"}
	audit := [2]string{"Where the public grants in cash that it receives in a year exceed the threshold set under Article L. 612-4", "Lorsque le montant des subventions publiques en numéraire qu'elle reçoit au cours d'une année dépasse le seuil fixé en application de l'article L. 612-4"}
	for _, h := range fxriHosts {
		for _, law := range []string{"FR", "BE"} {
			for _, grants := range []bool{true, false} {
				funding := []string{"donations"}
				if grants {
					funding = append(funding, "grants")
				}
				set := fxriMerge(h, map[string]any{"governing_law": law, "economy.funding": funding})
				for li, l := range textfmt.All {
					body := fxriCharter(t, set, l, "economy")
					form := h["legal.host_form"]
					on := grants && law == "FR" && form != "endowment-fund"
					if strings.Contains(body, cer[li]) != on || strings.Contains(body, respect[li]) != on {
						t.Errorf("%v %s grants=%v %s: republican contract expected=%v", h, law, grants, l, on)
					}
					if got := strings.Contains(body, audit[li]); got != (on && form == "association") {
						t.Errorf("%v %s grants=%v %s: L. 612-4=%v", h, law, grants, l, got)
					}
				}
			}
		}
	}
}

// RI-9: fees that non-members of the host pay to it for the Commons are a
// contribution to its costs, not the host's membership dues, and their
// non-payment has no consequence but the loss of membership; a corporate
// foundation keeps its own wording, and other vehicles have none of it.
func TestFxriFeesPaidToTheHost(t *testing.T) {
	want := [2]string{"these fees are not membership dues of the Legal Entity but a contribution to the costs of the Commons, which confers no right in the Legal Entity; failure to pay them has no consequence other than that provided for in Article", "ces cotisations ne sont pas des cotisations statutaires de celle-ci mais une participation aux frais du Commun, qui ne confère aucun droit dans la Structure porteuse ; leur défaut de paiement n'a d'autre conséquence que celle que prévoit l'article"}
	for _, h := range append(fxriHosts, map[string]any{"legal.vehicle": "association"}) {
		set := fxriMerge(h, map[string]any{"economy.funding": []string{"membership-fees"}})
		for li, l := range textfmt.All {
			body := fxriCharter(t, set, l, "economy")
			on := h["legal.vehicle"] == nil && h["legal.foundation_kind"] != "corporate" && h["legal.host_form"] != "endowment-fund"
			if got := strings.Contains(body, want[li]); got != on {
				t.Errorf("%v %s: fees as contribution to costs=%v", h, l, got)
			}
		}
	}
}

// RI-27, RQ3-13: the administration's right in its agents' works rests on
// L. 131-3-1 for the State, L. 131-3-2 sets the right of first refusal and
// L. 131-3-3 extends both to local authorities and administrative public
// bodies: all three are cited, never the first alone.
func TestFxriPublicAgentsBothArticles(t *testing.T) {
	want := [2]string{"(Articles L. 131-3-1 to L. 131-3-3)", "(articles L. 131-3-1 à L. 131-3-3)"}
	alone := [2]string{"(Article L. 131-3-1)", "(article L. 131-3-1)"}
	for _, linked := range []bool{false, true} {
		for li, l := range textfmt.All {
			set := map[string]any{"contributors.allowed": []string{"individuals", "employees", "public-agents"}}
			body := fxrdPolicy(t, linked, map[string]any{"legal.vehicle": "fiscal-host"}, set, l, "employer")
			if !strings.Contains(body, want[li]) || strings.Contains(body, alone[li]) {
				t.Errorf("linked=%v %s: public agents' works cite %q only", linked, l, alone[li])
			}
		}
	}
}

// RI-29: a Contribution without a commit (issue, comment, form) carries
// its AI disclosure in its accompanying message.
func TestFxriAIDisclosureWithoutCommit(t *testing.T) {
	want := [2]string{"for a Contribution submitted without a commit, such as an issue, a comment or a form submission, put the same line in the message that accompanies it", "pour une Contribution soumise sans commit, telle qu'un ticket, un commentaire ou un envoi par formulaire, portez la même mention dans le message qui l'accompagne"}
	for li, l := range textfmt.All {
		body := strings.ReplaceAll(fxrdPolicy(t, false, nil, map[string]any{"ai_contributions": "disclose"}, l, "ai-disclose"), "’", "'")
		if !strings.Contains(body, want[li]) {
			t.Errorf("%s: no disclosure without a commit", l)
		}
	}
}

// RI-4: under a host, the delegated expense is committed by the host at
// the request of the designated Member, who reports on it; the chain of
// "who … who" is gone.
func TestFxriDelegatedExpenseCommittedByTheHost(t *testing.T) {
	want := [2]string{"by the Legal Entity, at the request of the Member whom the Steering Committee designates for that purpose and as provided in Article 8.4; that Member shall report on it to the next meeting", "par la Structure porteuse, à la demande du Membre que le Comité de pilotage désigne à cet effet et dans les conditions de l'article 8.4 ; ce Membre en rend compte à la réunion suivante"}
	for _, h := range fxriHosts[:2] {
		for li, l := range textfmt.All {
			set := fxriMerge(h, map[string]any{"governance.steering": true, "governance.delegation_limit": 5000})
			if body := fxriCharter(t, set, l, "bodies-steering"); !strings.Contains(body, want[li]) {
				t.Errorf("%v %s: %s", h, l, body)
			}
		}
	}
}

// RI-30: the summary of an FLA says that minors and public bodies grant a
// non-exclusive licence, as far as the policy admits them.
func TestFxriSummaryNonExclusiveExceptions(t *testing.T) {
	for _, c := range []struct {
		allowed []string
		want    [2]string
	}{
		{[]string{"individuals", "public-agents"}, [2]string{"; a minor contributor and a public body grant a non-exclusive licence instead", " ; un contributeur mineur et une personne publique concèdent à la place une licence non exclusive"}},
		{[]string{"individuals"}, [2]string{"; a minor contributor grants a non-exclusive licence instead", " ; un contributeur mineur concède à la place une licence non exclusive"}},
		{[]string{"employees"}, [2]string{"\x00", "\x00"}},
	} {
		for li, l := range textfmt.All {
			body := strings.ReplaceAll(fxrdPolicy(t, false, nil, map[string]any{"inbound": "fla", "agreement.url": "https://sentiers.example/accord", "contributors.allowed": c.allowed}, l, "summary"), "’", "'")
			if c.want[li] == "\x00" {
				if strings.Contains(body, "non-exclusive licence instead") || strings.Contains(body, "à la place une licence non exclusive") {
					t.Errorf("%v %s: exception without minors or public bodies", c.allowed, l)
				}
			} else if !strings.Contains(body, c.want[li]) {
				t.Errorf("%v %s: no %q", c.allowed, l, c.want[li])
			}
		}
	}
}

// RI-28: the limit of the contributor's liability to wilful misconduct or
// gross negligence expressly covers the warranties, in every agreement.
func TestFxriLiabilityLimitCoversWarranties(t *testing.T) {
	want := [2]string{"only for your wilful misconduct or gross negligence, including under the warranties above.", "que de votre dol ou de votre faute lourde, y compris au titre des garanties qui précèdent."}
	for _, in := range []string{"cla", "fla", "assignment"} {
		for li, l := range textfmt.All {
			body := strings.ReplaceAll(fxrdPolicy(t, false, nil, map[string]any{"inbound": in, "agreement.url": "https://sentiers.example/accord"}, l, "inbound-"+in), "’", "'")
			if !strings.Contains(body, want[li]) {
				t.Errorf("%s %s: limit silent on the warranties", in, l)
			}
		}
	}
}

// RI-M3: in a hosted charter, 4.4 tells Members that they are not members
// of the host and see only the accounts of the earmarked funds.
func TestFxriMembersAreNotMembersOfTheHost(t *testing.T) {
	want := [2]string{"Membership does not make the Member a member of the Legal Entity: the Member takes no part in any of its organs", "La qualité de Membre ne fait pas de lui un membre de la Structure porteuse : il ne prend part à aucun des organes de celle-ci"}
	k, _ := Lookup("charter")
	for _, v := range []string{"fiscal-host", "association"} {
		for li, l := range textfmt.All {
			vals := exampleValues(t, k)
			vals["legal.vehicle"] = v
			body := plainSpaces(clauseWith(t, k, vals, nil, l, "membership-rights"))
			if got := strings.Contains(body, want[li]); got != (v == "fiscal-host") {
				t.Errorf("%s %s: not-a-member-of-the-host sentence=%v", v, l, got)
			}
		}
	}
}

// RI-M2: the host's control over the use of funds has a procedure: a
// reasoned refusal within fifteen days, which the Steering Committee (or
// the Assembly without one) may refer to the host's governing body.
func TestFxriHostRefusalProcedure(t *testing.T) {
	for _, steering := range []bool{true, false} {
		body := [2]string{"Steering Committee", "Comité de pilotage"}
		if !steering {
			body = [2]string{"Assembly", "l'Assemblée"}
		}
		want := [2]string{"shall notify its reasoned refusal to the " + body[0] + " within fifteen (15) days of the request made to it", "notifie son refus motivé " + map[bool]string{true: "au ", false: "à "}[steering] + body[1] + " dans un délai de quinze (15) jours à compter de la demande"}
		for _, h := range fxriHosts {
			for li, l := range textfmt.All {
				got := fxriCharter(t, fxriMerge(h, map[string]any{"governance.steering": steering}), l, "economy-funds-host")
				if !strings.Contains(got, want[li]) {
					t.Errorf("%v steering=%v %s: no refusal procedure: %s", h, steering, l, got)
				}
			}
		}
	}
}

// RI-M4: linked to a hosted charter that gives the address of the hosting
// agreement, the policy's definition of the Legal Entity gives it too.
func TestFxriPolicyGivesTheHostingAgreementAddress(t *testing.T) {
	want := [2]string{"provides for, published at", "de la Charte, publiée à l'adresse"}
	for li, l := range textfmt.All {
		cs := map[string]any{"legal.vehicle": "fiscal-host", "legal.host_form": "association", "legal.statutes_url": "https://hote.example/convention"}
		body := strings.ReplaceAll(fxrdPolicy(t, true, cs, map[string]any{"inbound": "fla", "agreement.url": "https://sentiers.example/accord"}, l, "scope"), "’", "'")
		if !strings.Contains(body, want[li]) || !strings.Contains(body, "https://hote.example/convention") {
			t.Errorf("%s: hosting agreement address missing", l)
		}
	}
}

// RI I.4: the CRA early warning is written "twenty-four (24) hours" /
// « vingt-quatre (24) heures », as the charter writes every figure.
func TestFxriCRAEarlyWarningFigure(t *testing.T) {
	want := [2]string{"within twenty-four (24) hours (Article 14(2)(a)", "dans les vingt-quatre (24) heures (article 14, paragraphe 2, point a)"}
	k, _ := Lookup("charter")
	for li, l := range textfmt.All {
		vals := exampleValues(t, k)
		vals["legal.vehicle"] = "association"
		if body := plainSpaces(clauseWith(t, k, vals, nil, l, "bodies-technical")); !strings.Contains(body, want[li]) {
			t.Errorf("%s: early warning figure: %s", l, body)
		}
	}
}
