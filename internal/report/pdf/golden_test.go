package pdf

import (
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
)

// goldenPages are the pages of the fixture dossier compared with committed reference images: cover,
// table of contents, a Markdown chapter, the partners table and the financing plan.
var goldenPages = []int{1, 2, 3, 8, 10}

// TestGoldenPages renders pages at 30 dpi in grey and compares them with testdata/golden/*.png: the mean
// absolute difference must stay under 2 grey levels and at most 0.5 % of the pixels may differ by more than
// 64 levels (anti-aliasing differences between poppler versions pass; a moved block or lost text does not).
// GOLDEN_UPDATE=1 rewrites the references.
func TestGoldenPages(t *testing.T) {
	t.Parallel()
	need(t, "pdftoppm")
	path, _ := render(t, fixture(), Options{Now: fixedNow})
	dir := t.TempDir()
	for _, p := range goldenPages {
		ps := strconv.Itoa(p)
		out := filepath.Join(dir, "p"+ps)
		if b, err := exec.Command("pdftoppm", "-r", "30", "-gray", "-png", "-singlefile", "-f", ps, "-l", ps, path, out).CombinedOutput(); err != nil {
			t.Fatalf("pdftoppm: %v %s", err, b)
		}
		got := out + ".png"
		ref := filepath.Join("testdata", "golden", fmt.Sprintf("fixture-p%02d.png", p))
		if os.Getenv("GOLDEN_UPDATE") != "" {
			b, _ := os.ReadFile(got)
			_ = os.MkdirAll(filepath.Dir(ref), 0o755)
			if err := os.WriteFile(ref, b, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		mean, far, err := diffPNG(got, ref)
		if err != nil {
			t.Errorf("page %d: %v", p, err)
			continue
		}
		if mean > 2 || far > 0.005 {
			t.Errorf("page %d differs from %s: mean %.2f grey levels, %.2f %% of pixels far off (see %s)", p, ref, mean, far*100, got)
		}
	}
}

func loadPNG(path string) (image.Image, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return png.Decode(f)
}

// diffPNG returns the mean absolute grey difference and the share of pixels differing by more than 64.
func diffPNG(a, b string) (float64, float64, error) {
	ia, err := loadPNG(a)
	if err != nil {
		return 0, 0, err
	}
	ib, err := loadPNG(b)
	if err != nil {
		return 0, 0, err
	}
	if ia.Bounds() != ib.Bounds() {
		return 0, 0, fmt.Errorf("sizes differ: %v and %v", ia.Bounds(), ib.Bounds())
	}
	var sum float64
	far := 0
	r := ia.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			ga, _, _, _ := ia.At(x, y).RGBA()
			gb, _, _, _ := ib.At(x, y).RGBA()
			d := int(ga>>8) - int(gb>>8)
			if d < 0 {
				d = -d
			}
			sum += float64(d)
			if d > 64 {
				far++
			}
		}
	}
	n := float64(r.Dx() * r.Dy())
	return sum / n, float64(far) / n, nil
}
