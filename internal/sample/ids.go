package sample

import "fmt"

// luhnKey returns the Luhn check digit that completes the decimal digit string body.
func luhnKey(body string) byte {
	sum := 0
	double := true // the key is the rightmost digit, so the last body digit is doubled
	for i := len(body) - 1; i >= 0; i-- {
		d := int(body[i] - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return byte('0' + (10-sum%10)%10)
}

// fictitiousSIRET returns a Luhn-valid SIRET for invented sample rows (domain.md §3.3): the SIREN is "00", the
// six low digits of n and its Luhn key; the NIC is "0001" and the key that makes all 14 digits pass. SIRENE
// numbers starting with "00" do not occur in the material we have seen, so these identifiers are not meant to
// match any real company. Distinct n below 1 000 000 give distinct SIRETs.
func fictitiousSIRET(n int) string {
	siren8 := fmt.Sprintf("00%06d", n%1000000)
	siren := siren8 + string(luhnKey(siren8))
	nic := "0001"
	return siren + nic + string(luhnKey(siren+nic))
}
