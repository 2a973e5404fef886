package questionnaire

import "testing"

// Review M, M-9: the town of a French address is the one after its
// postcode, whatever its case, accents, hyphens, CEDEX or country.
func TestFxadm2FrenchTown(t *testing.T) {
	for _, c := range []struct{ address, want string }{
		{"12 rue des Nuages, 75011 Paris, France", "paris"},
		{"Hôtel de ville, CS 63126, 35031 RENNES CEDEX 9, France", "rennes"},
		{"1 place Chateaubriand\n35400 Saint-Malo", "saint malo"},
		{"2 place de l'Hôtel de Ville, 42000 Saint-Étienne France", "saint etienne"},
		{"Rathausplatz 1, Wien", ""},
		{"Hôtel de ville, Rennes", ""},
	} {
		if got := frenchTown(c.address); got != c.want {
			t.Errorf("%q: town %q, want %q", c.address, got, c.want)
		}
	}
	for _, c := range []struct{ court, want string }{{"Rennes", "rennes"}, {"de Saint-Étienne", "saint etienne"}, {"Châlons-en-Champagne", "chalons en champagne"}} {
		if got := townKey(c.court); got != c.want {
			t.Errorf("%q: %q, want %q", c.court, got, c.want)
		}
	}
}
