;; Copyright 2026 the torch-parity authors. MIT license.
;;
;; WebAssembly SIMD (f64x2) kernels for the blocked Householder QR in _qr.ts.
;; Built into _qr_wasm.ts by `deno task build:wasm` (_qr_build_wasm.ts, wabt
;; from the npm registry). The contract of each export is the doc of
;; QrKernels in _qr.ts, and the arithmetic is the same, operation for
;; operation, as the TypeScript reference kernels there: a dot product keeps a
;; sum over even rows (lane 0) and one over odd rows (lane 1), adds them, then
;; adds the last product when the length is odd; an update subtracts
;; V[i, p] * W[p, j] from C[i, j] for p = 0, 1, ... in order; a triangular
;; product sums each element from 0 in increasing q. No fused multiply-add
;; anywhere, so every result is the same IEEE double.
;;
;; Every index argument counts doubles from the start of the imported memory.

(module
  (import "env" "memory" (memory 1))

  ;; The dot product of the len doubles at byte addresses $x and $y.
  (func $dot1 (param $x i32) (param $y i32) (param $len i32) (result f64)
    (local $acc v128) (local $k i32) (local $end i32) (local $r f64)
    (local.set $acc (v128.const f64x2 0 0))
    (local.set $end (i32.shl (i32.shr_u (local.get $len) (i32.const 1)) (i32.const 4)))
    (local.set $k (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $k) (local.get $end)))
        (local.set $acc
          (f64x2.add (local.get $acc)
            (f64x2.mul
              (v128.load (i32.add (local.get $x) (local.get $k)))
              (v128.load (i32.add (local.get $y) (local.get $k))))))
        (local.set $k (i32.add (local.get $k) (i32.const 16)))
        (br $next)))
    (local.set $r
      (f64.add (f64x2.extract_lane 0 (local.get $acc)) (f64x2.extract_lane 1 (local.get $acc))))
    (if (i32.and (local.get $len) (i32.const 1))
      (then
        (local.set $r
          (f64.add (local.get $r)
            (f64.mul
              (f64.load (i32.add (local.get $x) (local.get $end)))
              (f64.load (i32.add (local.get $y) (local.get $end))))))))
    (local.get $r))

  ;; Reduce one accumulator (plus the odd tail) and store it at byte address $dst.
  (func $finish (param $acc v128) (param $x i32) (param $y i32) (param $len i32) (param $dst i32)
    (local $r f64) (local $end i32)
    (local.set $r
      (f64.add (f64x2.extract_lane 0 (local.get $acc)) (f64x2.extract_lane 1 (local.get $acc))))
    (if (i32.and (local.get $len) (i32.const 1))
      (then
        (local.set $end (i32.shl (i32.sub (local.get $len) (i32.const 1)) (i32.const 3)))
        (local.set $r
          (f64.add (local.get $r)
            (f64.mul
              (f64.load (i32.add (local.get $x) (local.get $end)))
              (f64.load (i32.add (local.get $y) (local.get $end))))))))
    (f64.store (local.get $dst) (local.get $r)))

  ;; W[p, j] = sum_i V[i, p] * C[i, j], i < len, p < b, j < nc (W[p, j] at w + p * nc + j).
  (func $dots (export "dots")
    (param $v i32) (param $ldv i32) (param $b i32) (param $c i32) (param $ldc i32)
    (param $nc i32) (param $len i32) (param $w i32)
    (local $j i32) (local $p i32) (local $k i32) (local $end i32) (local $d i32) (local $ncb i32)
    (local $c0 i32) (local $c1 i32) (local $v0 i32) (local $v1 i32) (local $v2 i32) (local $v3 i32)
    (local $x0 v128) (local $x1 v128) (local $y v128)
    (local $a00 v128) (local $a01 v128) (local $a10 v128) (local $a11 v128)
    (local $a20 v128) (local $a21 v128) (local $a30 v128) (local $a31 v128)
    ;; Element indices to byte addresses; leading dimensions to byte strides.
    (local.set $v (i32.shl (local.get $v) (i32.const 3)))
    (local.set $c (i32.shl (local.get $c) (i32.const 3)))
    (local.set $w (i32.shl (local.get $w) (i32.const 3)))
    (local.set $ldv (i32.shl (local.get $ldv) (i32.const 3)))
    (local.set $ldc (i32.shl (local.get $ldc) (i32.const 3)))
    (local.set $ncb (i32.shl (local.get $nc) (i32.const 3)))
    (local.set $end (i32.shl (i32.shr_u (local.get $len) (i32.const 1)) (i32.const 4)))
    (local.set $j (i32.const 0))
    (block $jdone
      (loop $jnext
        (br_if $jdone (i32.gt_s (i32.add (local.get $j) (i32.const 2)) (local.get $nc)))
        (local.set $c0 (i32.add (local.get $c) (i32.mul (local.get $j) (local.get $ldc))))
        (local.set $c1 (i32.add (local.get $c0) (local.get $ldc)))
        ;; Four columns of V against two columns of C.
        (local.set $p (i32.const 0))
        (block $pdone
          (loop $pnext
            (br_if $pdone (i32.gt_s (i32.add (local.get $p) (i32.const 4)) (local.get $b)))
            (local.set $v0 (i32.add (local.get $v) (i32.mul (local.get $p) (local.get $ldv))))
            (local.set $v1 (i32.add (local.get $v0) (local.get $ldv)))
            (local.set $v2 (i32.add (local.get $v1) (local.get $ldv)))
            (local.set $v3 (i32.add (local.get $v2) (local.get $ldv)))
            (local.set $a00 (v128.const f64x2 0 0)) (local.set $a01 (v128.const f64x2 0 0))
            (local.set $a10 (v128.const f64x2 0 0)) (local.set $a11 (v128.const f64x2 0 0))
            (local.set $a20 (v128.const f64x2 0 0)) (local.set $a21 (v128.const f64x2 0 0))
            (local.set $a30 (v128.const f64x2 0 0)) (local.set $a31 (v128.const f64x2 0 0))
            (local.set $k (i32.const 0))
            (block $kdone
              (loop $knext
                (br_if $kdone (i32.ge_u (local.get $k) (local.get $end)))
                (local.set $x0 (v128.load (i32.add (local.get $c0) (local.get $k))))
                (local.set $x1 (v128.load (i32.add (local.get $c1) (local.get $k))))
                (local.set $y (v128.load (i32.add (local.get $v0) (local.get $k))))
                (local.set $a00 (f64x2.add (local.get $a00) (f64x2.mul (local.get $y) (local.get $x0))))
                (local.set $a01 (f64x2.add (local.get $a01) (f64x2.mul (local.get $y) (local.get $x1))))
                (local.set $y (v128.load (i32.add (local.get $v1) (local.get $k))))
                (local.set $a10 (f64x2.add (local.get $a10) (f64x2.mul (local.get $y) (local.get $x0))))
                (local.set $a11 (f64x2.add (local.get $a11) (f64x2.mul (local.get $y) (local.get $x1))))
                (local.set $y (v128.load (i32.add (local.get $v2) (local.get $k))))
                (local.set $a20 (f64x2.add (local.get $a20) (f64x2.mul (local.get $y) (local.get $x0))))
                (local.set $a21 (f64x2.add (local.get $a21) (f64x2.mul (local.get $y) (local.get $x1))))
                (local.set $y (v128.load (i32.add (local.get $v3) (local.get $k))))
                (local.set $a30 (f64x2.add (local.get $a30) (f64x2.mul (local.get $y) (local.get $x0))))
                (local.set $a31 (f64x2.add (local.get $a31) (f64x2.mul (local.get $y) (local.get $x1))))
                (local.set $k (i32.add (local.get $k) (i32.const 16)))
                (br $knext)))
            ;; W[p + q, j + r] at byte w + 8 * ((p + q) * nc + j + r).
            (local.set $d (i32.add (local.get $w)
              (i32.shl (i32.add (i32.mul (local.get $p) (local.get $nc)) (local.get $j)) (i32.const 3))))
            (call $finish (local.get $a00) (local.get $v0) (local.get $c0) (local.get $len) (local.get $d))
            (call $finish (local.get $a01) (local.get $v0) (local.get $c1) (local.get $len)
              (i32.add (local.get $d) (i32.const 8)))
            (local.set $d (i32.add (local.get $d) (local.get $ncb)))
            (call $finish (local.get $a10) (local.get $v1) (local.get $c0) (local.get $len) (local.get $d))
            (call $finish (local.get $a11) (local.get $v1) (local.get $c1) (local.get $len)
              (i32.add (local.get $d) (i32.const 8)))
            (local.set $d (i32.add (local.get $d) (local.get $ncb)))
            (call $finish (local.get $a20) (local.get $v2) (local.get $c0) (local.get $len) (local.get $d))
            (call $finish (local.get $a21) (local.get $v2) (local.get $c1) (local.get $len)
              (i32.add (local.get $d) (i32.const 8)))
            (local.set $d (i32.add (local.get $d) (local.get $ncb)))
            (call $finish (local.get $a30) (local.get $v3) (local.get $c0) (local.get $len) (local.get $d))
            (call $finish (local.get $a31) (local.get $v3) (local.get $c1) (local.get $len)
              (i32.add (local.get $d) (i32.const 8)))
            (local.set $p (i32.add (local.get $p) (i32.const 4)))
            (br $pnext)))
        ;; The remaining columns of V, one at a time.
        (block $rdone
          (loop $rnext
            (br_if $rdone (i32.ge_s (local.get $p) (local.get $b)))
            (local.set $v0 (i32.add (local.get $v) (i32.mul (local.get $p) (local.get $ldv))))
            (local.set $d (i32.add (local.get $w)
              (i32.shl (i32.add (i32.mul (local.get $p) (local.get $nc)) (local.get $j)) (i32.const 3))))
            (f64.store (local.get $d) (call $dot1 (local.get $v0) (local.get $c0) (local.get $len)))
            (f64.store offset=8 (local.get $d)
              (call $dot1 (local.get $v0) (local.get $c1) (local.get $len)))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (br $rnext)))
        (local.set $j (i32.add (local.get $j) (i32.const 2)))
        (br $jnext)))
    ;; A last odd column of C.
    (if (i32.lt_s (local.get $j) (local.get $nc))
      (then
        (local.set $c0 (i32.add (local.get $c) (i32.mul (local.get $j) (local.get $ldc))))
        (local.set $p (i32.const 0))
        (block $ldone
          (loop $lnext
            (br_if $ldone (i32.ge_s (local.get $p) (local.get $b)))
            (f64.store
              (i32.add (local.get $w)
                (i32.shl (i32.add (i32.mul (local.get $p) (local.get $nc)) (local.get $j)) (i32.const 3)))
              (call $dot1
                (i32.add (local.get $v) (i32.mul (local.get $p) (local.get $ldv)))
                (local.get $c0) (local.get $len)))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (br $lnext))))))

  ;; One column, rows [$from, $to): C[i] -= V[i, p] * W[p] for p = 0 .. b-1, one double at a
  ;; time. $cc, $v and $wc are byte addresses of the column, V and W's column; $ldv and $ws
  ;; (from W[p] to W[p + 1]) in bytes.
  (func $update_rows (param $v i32) (param $ldv i32) (param $b i32) (param $cc i32) (param $wc i32)
    (param $ws i32) (param $from i32) (param $to i32)
    (local $i i32) (local $p i32) (local $x f64) (local $vp i32) (local $wq i32)
    (local.set $i (local.get $from))
    (block $idone
      (loop $inext
        (br_if $idone (i32.ge_s (local.get $i) (local.get $to)))
        (local.set $x (f64.load (i32.add (local.get $cc) (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $vp (i32.add (local.get $v) (i32.shl (local.get $i) (i32.const 3))))
        (local.set $wq (local.get $wc))
        (local.set $p (i32.const 0))
        (block $pdone
          (loop $pnext
            (br_if $pdone (i32.ge_s (local.get $p) (local.get $b)))
            (local.set $x
              (f64.sub (local.get $x)
                (f64.mul
                  (f64.load (local.get $vp))
                  (f64.load (local.get $wq)))))
            (local.set $vp (i32.add (local.get $vp) (local.get $ldv)))
            (local.set $wq (i32.add (local.get $wq) (local.get $ws)))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (br $pnext)))
        (f64.store (i32.add (local.get $cc) (i32.shl (local.get $i) (i32.const 3))) (local.get $x))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $inext))))

  ;; C[i, j] -= V[i, p] * W[p, j] for p = 0 .. b-1 in order, i < len, j < nc.
  (func $update (export "update")
    (param $v i32) (param $ldv i32) (param $b i32) (param $c i32) (param $ldc i32)
    (param $nc i32) (param $len i32) (param $w i32)
    (local $j i32) (local $i i32) (local $p i32) (local $len4 i32) (local $len2 i32) (local $end4 i32)
    (local $c0 i32) (local $c1 i32) (local $c2 i32) (local $c3 i32)
    (local $w0 i32) (local $wb i32) (local $vp i32) (local $wp i32)
    (local $y0 v128) (local $y1 v128) (local $s v128)
    (local $x00 v128) (local $x01 v128) (local $x10 v128) (local $x11 v128)
    (local $x20 v128) (local $x21 v128) (local $x30 v128) (local $x31 v128)
    (local.set $v (i32.shl (local.get $v) (i32.const 3)))
    (local.set $c (i32.shl (local.get $c) (i32.const 3)))
    (local.set $w (i32.shl (local.get $w) (i32.const 3)))
    (local.set $ldv (i32.shl (local.get $ldv) (i32.const 3)))
    (local.set $ldc (i32.shl (local.get $ldc) (i32.const 3)))
    ;; W[p, j] is at byte w + 8 * (p * nc + j): $wb steps p.
    (local.set $wb (i32.shl (local.get $nc) (i32.const 3)))
    (local.set $len4 (i32.and (local.get $len) (i32.const -4)))
    (local.set $len2 (i32.and (local.get $len) (i32.const -2)))
    (local.set $end4 (i32.shl (local.get $len4) (i32.const 3)))
    (local.set $j (i32.const 0))
    ;; Four columns of C at a time, four rows (two vectors) per column.
    (block $jdone
      (loop $jnext
        (br_if $jdone (i32.gt_s (i32.add (local.get $j) (i32.const 4)) (local.get $nc)))
        (local.set $c0 (i32.add (local.get $c) (i32.mul (local.get $j) (local.get $ldc))))
        (local.set $c1 (i32.add (local.get $c0) (local.get $ldc)))
        (local.set $c2 (i32.add (local.get $c1) (local.get $ldc)))
        (local.set $c3 (i32.add (local.get $c2) (local.get $ldc)))
        (local.set $w0 (i32.add (local.get $w) (i32.shl (local.get $j) (i32.const 3))))
        (local.set $i (i32.const 0))
        (block $idone
          (loop $inext
            (br_if $idone (i32.ge_s (local.get $i) (local.get $end4)))
            (local.set $x00 (v128.load (i32.add (local.get $c0) (local.get $i))))
            (local.set $x01 (v128.load offset=16 (i32.add (local.get $c0) (local.get $i))))
            (local.set $x10 (v128.load (i32.add (local.get $c1) (local.get $i))))
            (local.set $x11 (v128.load offset=16 (i32.add (local.get $c1) (local.get $i))))
            (local.set $x20 (v128.load (i32.add (local.get $c2) (local.get $i))))
            (local.set $x21 (v128.load offset=16 (i32.add (local.get $c2) (local.get $i))))
            (local.set $x30 (v128.load (i32.add (local.get $c3) (local.get $i))))
            (local.set $x31 (v128.load offset=16 (i32.add (local.get $c3) (local.get $i))))
            (local.set $vp (i32.add (local.get $v) (local.get $i)))
            (local.set $wp (local.get $w0))
            (local.set $p (i32.const 0))
            (block $pdone
              (loop $pnext
                (br_if $pdone (i32.ge_s (local.get $p) (local.get $b)))
                (local.set $y0 (v128.load (local.get $vp)))
                (local.set $y1 (v128.load offset=16 (local.get $vp)))
                (local.set $s (v128.load64_splat (local.get $wp)))
                (local.set $x00 (f64x2.sub (local.get $x00) (f64x2.mul (local.get $y0) (local.get $s))))
                (local.set $x01 (f64x2.sub (local.get $x01) (f64x2.mul (local.get $y1) (local.get $s))))
                (local.set $s (v128.load64_splat offset=8 (local.get $wp)))
                (local.set $x10 (f64x2.sub (local.get $x10) (f64x2.mul (local.get $y0) (local.get $s))))
                (local.set $x11 (f64x2.sub (local.get $x11) (f64x2.mul (local.get $y1) (local.get $s))))
                (local.set $s (v128.load64_splat offset=16 (local.get $wp)))
                (local.set $x20 (f64x2.sub (local.get $x20) (f64x2.mul (local.get $y0) (local.get $s))))
                (local.set $x21 (f64x2.sub (local.get $x21) (f64x2.mul (local.get $y1) (local.get $s))))
                (local.set $s (v128.load64_splat offset=24 (local.get $wp)))
                (local.set $x30 (f64x2.sub (local.get $x30) (f64x2.mul (local.get $y0) (local.get $s))))
                (local.set $x31 (f64x2.sub (local.get $x31) (f64x2.mul (local.get $y1) (local.get $s))))
                (local.set $vp (i32.add (local.get $vp) (local.get $ldv)))
                (local.set $wp (i32.add (local.get $wp) (local.get $wb)))
                (local.set $p (i32.add (local.get $p) (i32.const 1)))
                (br $pnext)))
            (v128.store (i32.add (local.get $c0) (local.get $i)) (local.get $x00))
            (v128.store offset=16 (i32.add (local.get $c0) (local.get $i)) (local.get $x01))
            (v128.store (i32.add (local.get $c1) (local.get $i)) (local.get $x10))
            (v128.store offset=16 (i32.add (local.get $c1) (local.get $i)) (local.get $x11))
            (v128.store (i32.add (local.get $c2) (local.get $i)) (local.get $x20))
            (v128.store offset=16 (i32.add (local.get $c2) (local.get $i)) (local.get $x21))
            (v128.store (i32.add (local.get $c3) (local.get $i)) (local.get $x30))
            (v128.store offset=16 (i32.add (local.get $c3) (local.get $i)) (local.get $x31))
            (local.set $i (i32.add (local.get $i) (i32.const 32)))
            (br $inext)))
        ;; The last len mod 4 rows, one at a time.
        (call $update_rows (local.get $v) (local.get $ldv) (local.get $b) (local.get $c0)
          (local.get $w0) (local.get $wb) (local.get $len4) (local.get $len))
        (call $update_rows (local.get $v) (local.get $ldv) (local.get $b) (local.get $c1)
          (i32.add (local.get $w0) (i32.const 8)) (local.get $wb) (local.get $len4) (local.get $len))
        (call $update_rows (local.get $v) (local.get $ldv) (local.get $b) (local.get $c2)
          (i32.add (local.get $w0) (i32.const 16)) (local.get $wb) (local.get $len4) (local.get $len))
        (call $update_rows (local.get $v) (local.get $ldv) (local.get $b) (local.get $c3)
          (i32.add (local.get $w0) (i32.const 24)) (local.get $wb) (local.get $len4) (local.get $len))
        (local.set $j (i32.add (local.get $j) (i32.const 4)))
        (br $jnext)))
    ;; The remaining columns one at a time, two rows (one vector) per step.
    (local.set $len2 (i32.shl (local.get $len2) (i32.const 3)))
    (block $rdone
      (loop $rnext
        (br_if $rdone (i32.ge_s (local.get $j) (local.get $nc)))
        (local.set $c0 (i32.add (local.get $c) (i32.mul (local.get $j) (local.get $ldc))))
        (local.set $w0 (i32.add (local.get $w) (i32.shl (local.get $j) (i32.const 3))))
        (local.set $i (i32.const 0))
        (block $idone2
          (loop $inext2
            (br_if $idone2 (i32.ge_s (local.get $i) (local.get $len2)))
            (local.set $x00 (v128.load (i32.add (local.get $c0) (local.get $i))))
            (local.set $vp (i32.add (local.get $v) (local.get $i)))
            (local.set $wp (local.get $w0))
            (local.set $p (i32.const 0))
            (block $pdone2
              (loop $pnext2
                (br_if $pdone2 (i32.ge_s (local.get $p) (local.get $b)))
                (local.set $x00
                  (f64x2.sub (local.get $x00)
                    (f64x2.mul (v128.load (local.get $vp)) (v128.load64_splat (local.get $wp)))))
                (local.set $vp (i32.add (local.get $vp) (local.get $ldv)))
                (local.set $wp (i32.add (local.get $wp) (local.get $wb)))
                (local.set $p (i32.add (local.get $p) (i32.const 1)))
                (br $pnext2)))
            (v128.store (i32.add (local.get $c0) (local.get $i)) (local.get $x00))
            (local.set $i (i32.add (local.get $i) (i32.const 16)))
            (br $inext2)))
        (call $update_rows (local.get $v) (local.get $ldv) (local.get $b) (local.get $c0)
          (local.get $w0) (local.get $wb) (i32.and (local.get $len) (i32.const -2)) (local.get $len))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $rnext))))

  ;; W <- T^T W ($transpose = 1) or W <- T W ($transpose = 0), in place, for the b x b upper
  ;; triangular T (column-major at $t) and W (b x nc, W[p, j] at w + p * nc + j). Row p of the
  ;; result is sum_q T[q, p] W[q, j] over q = 0 .. p (rows from the last up) or
  ;; sum_q T[p, q] W[q, j] over q = p .. b-1 (rows from the first down), summed from 0 in
  ;; increasing q. Two columns of W per vector lane pair, so each lane is that scalar sum.
  (func $triangular (export "triangular")
    (param $t i32) (param $b i32) (param $w i32) (param $nc i32) (param $transpose i32)
    (local $pi i32) (local $p i32) (local $q0 i32) (local $cnt i32) (local $tq i32)
    (local $tstep i32) (local $ncb i32) (local $row i32) (local $dst i32) (local $j i32)
    (local $k i32) (local $tp i32) (local $wp i32) (local $s v128)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128) (local $x f64)
    (local.set $t (i32.shl (local.get $t) (i32.const 3)))
    (local.set $w (i32.shl (local.get $w) (i32.const 3)))
    (local.set $ncb (i32.shl (local.get $nc) (i32.const 3)))
    (local.set $pi (i32.const 0))
    (block $pdone
      (loop $pnext
        (br_if $pdone (i32.ge_s (local.get $pi) (local.get $b)))
        (if (local.get $transpose)
          (then
            (local.set $p (i32.sub (i32.sub (local.get $b) (i32.const 1)) (local.get $pi)))
            (local.set $q0 (i32.const 0))
            (local.set $cnt (i32.add (local.get $p) (i32.const 1)))
            ;; T[q, p] = t + q + p b
            (local.set $tq (i32.add (local.get $t)
              (i32.shl (i32.mul (local.get $p) (local.get $b)) (i32.const 3))))
            (local.set $tstep (i32.const 8)))
          (else
            (local.set $p (local.get $pi))
            (local.set $q0 (local.get $p))
            (local.set $cnt (i32.sub (local.get $b) (local.get $p)))
            ;; T[p, q] = t + p + q b, from q = p
            (local.set $tq (i32.add (local.get $t)
              (i32.shl (i32.add (local.get $p) (i32.mul (local.get $p) (local.get $b))) (i32.const 3))))
            (local.set $tstep (i32.shl (local.get $b) (i32.const 3)))))
        (local.set $row (i32.add (local.get $w) (i32.mul (local.get $q0) (local.get $ncb))))
        (local.set $dst (i32.add (local.get $w) (i32.mul (local.get $p) (local.get $ncb))))
        ;; Eight columns at a time.
        (local.set $j (i32.const 0))
        (block $jdone
          (loop $jnext
            (br_if $jdone (i32.gt_s (i32.add (local.get $j) (i32.const 8)) (local.get $nc)))
            (local.set $a0 (v128.const f64x2 0 0)) (local.set $a1 (v128.const f64x2 0 0))
            (local.set $a2 (v128.const f64x2 0 0)) (local.set $a3 (v128.const f64x2 0 0))
            (local.set $tp (local.get $tq))
            (local.set $wp (i32.add (local.get $row) (i32.shl (local.get $j) (i32.const 3))))
            (local.set $k (i32.const 0))
            (block $kdone
              (loop $knext
                (br_if $kdone (i32.ge_s (local.get $k) (local.get $cnt)))
                (local.set $s (v128.load64_splat (local.get $tp)))
                (local.set $a0 (f64x2.add (local.get $a0)
                  (f64x2.mul (local.get $s) (v128.load (local.get $wp)))))
                (local.set $a1 (f64x2.add (local.get $a1)
                  (f64x2.mul (local.get $s) (v128.load offset=16 (local.get $wp)))))
                (local.set $a2 (f64x2.add (local.get $a2)
                  (f64x2.mul (local.get $s) (v128.load offset=32 (local.get $wp)))))
                (local.set $a3 (f64x2.add (local.get $a3)
                  (f64x2.mul (local.get $s) (v128.load offset=48 (local.get $wp)))))
                (local.set $tp (i32.add (local.get $tp) (local.get $tstep)))
                (local.set $wp (i32.add (local.get $wp) (local.get $ncb)))
                (local.set $k (i32.add (local.get $k) (i32.const 1)))
                (br $knext)))
            (local.set $wp (i32.add (local.get $dst) (i32.shl (local.get $j) (i32.const 3))))
            (v128.store (local.get $wp) (local.get $a0))
            (v128.store offset=16 (local.get $wp) (local.get $a1))
            (v128.store offset=32 (local.get $wp) (local.get $a2))
            (v128.store offset=48 (local.get $wp) (local.get $a3))
            (local.set $j (i32.add (local.get $j) (i32.const 8)))
            (br $jnext)))
        ;; Then one column at a time.
        (block $rdone
          (loop $rnext
            (br_if $rdone (i32.ge_s (local.get $j) (local.get $nc)))
            (local.set $x (f64.const 0))
            (local.set $tp (local.get $tq))
            (local.set $wp (i32.add (local.get $row) (i32.shl (local.get $j) (i32.const 3))))
            (local.set $k (i32.const 0))
            (block $kdone2
              (loop $knext2
                (br_if $kdone2 (i32.ge_s (local.get $k) (local.get $cnt)))
                (local.set $x (f64.add (local.get $x)
                  (f64.mul (f64.load (local.get $tp)) (f64.load (local.get $wp)))))
                (local.set $tp (i32.add (local.get $tp) (local.get $tstep)))
                (local.set $wp (i32.add (local.get $wp) (local.get $ncb)))
                (local.set $k (i32.add (local.get $k) (i32.const 1)))
                (br $knext2)))
            (f64.store (i32.add (local.get $dst) (i32.shl (local.get $j) (i32.const 3))) (local.get $x))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $rnext)))
        (local.set $pi (i32.add (local.get $pi) (i32.const 1)))
        (br $pnext))))

  ;; One Householder reflector of the l doubles at $x (index; l >= 1), as reflector in
  ;; QrKernels: norm2 summed in order, beta = -sign(alpha) * sqrt(norm2), x[1..l) scaled by
  ;; 1 / (alpha - beta), tau = (beta - alpha) / beta stored at $tau, beta at $diag. A zero norm
  ;; stores 0 at both and returns 0 (x untouched); otherwise returns 1.
  (func $reflector (export "reflector") (param $x i32) (param $l i32) (param $tau i32) (param $diag i32)
    (result i32)
    (local $i i32) (local $end i32) (local $s f64) (local $v f64) (local $alpha f64)
    (local $norm f64) (local $beta f64) (local $scale f64)
    (local.set $x (i32.shl (local.get $x) (i32.const 3)))
    (local.set $tau (i32.shl (local.get $tau) (i32.const 3)))
    (local.set $diag (i32.shl (local.get $diag) (i32.const 3)))
    (local.set $end (i32.add (local.get $x) (i32.shl (local.get $l) (i32.const 3))))
    (local.set $s (f64.const 0))
    (local.set $i (local.get $x))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
        (local.set $v (f64.load (local.get $i)))
        (local.set $s (f64.add (local.get $s) (f64.mul (local.get $v) (local.get $v))))
        (local.set $i (i32.add (local.get $i) (i32.const 8)))
        (br $next)))
    (local.set $alpha (f64.load (local.get $x)))
    (local.set $norm (f64.sqrt (local.get $s)))
    (if (f64.eq (local.get $norm) (f64.const 0))
      (then
        (f64.store (local.get $tau) (f64.const 0))
        (f64.store (local.get $diag) (f64.const 0))
        (return (i32.const 0))))
    (local.set $beta
      (select (f64.neg (local.get $norm)) (local.get $norm)
        (f64.ge (local.get $alpha) (f64.const 0))))
    (local.set $scale (f64.div (f64.const 1) (f64.sub (local.get $alpha) (local.get $beta))))
    (local.set $i (i32.add (local.get $x) (i32.const 8)))
    (block $sdone
      (loop $snext
        (br_if $sdone (i32.ge_u (local.get $i) (local.get $end)))
        (f64.store (local.get $i) (f64.mul (f64.load (local.get $i)) (local.get $scale)))
        (local.set $i (i32.add (local.get $i) (i32.const 8)))
        (br $snext)))
    (f64.store (local.get $tau)
      (f64.div (f64.sub (local.get $beta) (local.get $alpha)) (local.get $beta)))
    (f64.store (local.get $diag) (local.get $beta))
    (i32.const 1))

  ;; torch's sign fix on the m x n column-major Q at $a: column j is kept when diag[j] > 0,
  ;; negated when diag[j] < 0 and zeroed otherwise (0 or NaN). Indices in doubles.
  (func $signFix (export "signFix") (param $a i32) (param $m i32) (param $n i32) (param $diag i32)
    (local $j i32) (local $d f64) (local $c i32) (local $end i32)
    (local.set $a (i32.shl (local.get $a) (i32.const 3)))
    (local.set $diag (i32.shl (local.get $diag) (i32.const 3)))
    (local.set $m (i32.shl (local.get $m) (i32.const 3)))
    (local.set $j (i32.const 0))
    (block $jdone
      (loop $jnext
        (br_if $jdone (i32.ge_s (local.get $j) (local.get $n)))
        (local.set $d (f64.load (i32.add (local.get $diag) (i32.shl (local.get $j) (i32.const 3)))))
        (if (i32.eqz (f64.gt (local.get $d) (f64.const 0)))
          (then
            (local.set $c (i32.add (local.get $a) (i32.mul (local.get $j) (local.get $m))))
            (local.set $end (i32.add (local.get $c) (local.get $m)))
            (if (f64.lt (local.get $d) (f64.const 0))
              (then
                (block $ndone
                  (loop $nnext
                    (br_if $ndone (i32.ge_u (local.get $c) (local.get $end)))
                    (f64.store (local.get $c) (f64.neg (f64.load (local.get $c))))
                    (local.set $c (i32.add (local.get $c) (i32.const 8)))
                    (br $nnext))))
              (else
                (memory.fill (local.get $c) (i32.const 0) (local.get $m))))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $jnext))))

  ;; The rows x cols row-major matrix at byte $src (float32 when $f32, else float64) into
  ;; doubles at index $dst: transposed (dst[r + c rows] = src[r cols + c]) when $transpose,
  ;; else in the same order.
  (func (export "load") (param $src i32) (param $rows i32) (param $cols i32) (param $dst i32)
    (param $f32 i32) (param $transpose i32)
    (local $r i32) (local $c i32) (local $k i32) (local $size i32) (local $sb i32) (local $d i32)
    (local $x f64)
    (local.set $dst (i32.shl (local.get $dst) (i32.const 3)))
    (local.set $size (i32.mul (local.get $rows) (local.get $cols)))
    (local.set $sb (select (i32.const 2) (i32.const 3) (local.get $f32)))
    (if (i32.eqz (local.get $transpose))
      (then
        (local.set $k (i32.const 0))
        (block $done
          (loop $next
            (br_if $done (i32.ge_s (local.get $k) (local.get $size)))
            (local.set $x
              (if (result f64) (local.get $f32)
                (then (f64.promote_f32
                  (f32.load (i32.add (local.get $src) (i32.shl (local.get $k) (i32.const 2))))))
                (else (f64.load (i32.add (local.get $src) (i32.shl (local.get $k) (i32.const 3)))))))
            (f64.store (i32.add (local.get $dst) (i32.shl (local.get $k) (i32.const 3))) (local.get $x))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br $next)))
        (return)))
    (local.set $d (local.get $dst))
    (local.set $c (i32.const 0))
    (block $cdone
      (loop $cnext
        (br_if $cdone (i32.ge_s (local.get $c) (local.get $cols)))
        (local.set $k (local.get $c))
        (local.set $r (i32.const 0))
        (block $rdone
          (loop $rnext
            (br_if $rdone (i32.ge_s (local.get $r) (local.get $rows)))
            (local.set $x
              (if (result f64) (local.get $f32)
                (then (f64.promote_f32
                  (f32.load (i32.add (local.get $src) (i32.shl (local.get $k) (i32.const 2))))))
                (else (f64.load (i32.add (local.get $src) (i32.shl (local.get $k) (i32.const 3)))))))
            (f64.store (local.get $d) (local.get $x))
            (local.set $d (i32.add (local.get $d) (i32.const 8)))
            (local.set $k (i32.add (local.get $k) (local.get $cols)))
            (local.set $r (i32.add (local.get $r) (i32.const 1)))
            (br $rnext)))
        (local.set $c (i32.add (local.get $c) (i32.const 1)))
        (br $cnext))))

  ;; The inverse of load, times $gain: out[r cols + c] = g(Q[r + c rows]) when $transpose, else
  ;; out[k] = g(Q[k]), for the doubles Q at index $src, written at byte $dst as float32
  ;; (g(q) = f32(q) * f32(gain), one rounding, as Math.fround(Math.fround(q) * fround(gain)))
  ;; when $f32, else as float64 (q * gain).
  (func (export "store") (param $src i32) (param $rows i32) (param $cols i32) (param $dst i32)
    (param $f32 i32) (param $transpose i32) (param $gain f64)
    (local $r i32) (local $c i32) (local $k i32) (local $size i32) (local $s i32) (local $q f64)
    (local $g32 f32)
    (local.set $src (i32.shl (local.get $src) (i32.const 3)))
    (local.set $size (i32.mul (local.get $rows) (local.get $cols)))
    (local.set $g32 (f32.demote_f64 (local.get $gain)))
    ;; k walks the output in order; s is the byte address of the Q value it takes.
    (local.set $k (i32.const 0))
    (local.set $r (i32.const 0))
    (local.set $c (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.ge_s (local.get $k) (local.get $size)))
        (local.set $s
          (i32.add (local.get $src)
            (i32.shl
              (select
                (i32.add (local.get $r) (i32.mul (local.get $c) (local.get $rows)))
                (local.get $k)
                (local.get $transpose))
              (i32.const 3))))
        (local.set $q (f64.load (local.get $s)))
        (if (local.get $f32)
          (then
            (f32.store (i32.add (local.get $dst) (i32.shl (local.get $k) (i32.const 2)))
              (f32.mul (f32.demote_f64 (local.get $q)) (local.get $g32))))
          (else
            (f64.store (i32.add (local.get $dst) (i32.shl (local.get $k) (i32.const 3)))
              (f64.mul (local.get $q) (local.get $gain)))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (local.set $c (i32.add (local.get $c) (i32.const 1)))
        (if (i32.eq (local.get $c) (local.get $cols))
          (then
            (local.set $c (i32.const 0))
            (local.set $r (i32.add (local.get $r) (i32.const 1)))))
        (br $next))))

  ;; Helpers of qr: the double at index $i, and storing one there.
  (func $ld (param $i i32) (result f64) (f64.load (i32.shl (local.get $i) (i32.const 3))))
  (func $st (param $i i32) (param $x f64) (f64.store (i32.shl (local.get $i) (i32.const 3)) (local.get $x)))
  ;; $count zeros from index $i.
  (func $zero (param $i i32) (param $count i32)
    (memory.fill (i32.shl (local.get $i) (i32.const 3)) (i32.const 0)
      (i32.shl (local.get $count) (i32.const 3))))

  ;; gatherPanel of _qr.ts: the panel's reflectors (columns k0 .. k0+b-1 of A, rows k0 .. m-1)
  ;; into vbuf (len x b, len = m - k0) as a unit lower trapezoid.
  (func $gather (param $a i32) (param $m i32) (param $k0 i32) (param $b i32) (param $vbuf i32)
    (local $len i32) (local $p i32) (local $dst i32) (local $src i32)
    (local.set $len (i32.sub (local.get $m) (local.get $k0)))
    (local.set $p (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.ge_s (local.get $p) (local.get $b)))
        (local.set $dst (i32.add (local.get $vbuf) (i32.mul (local.get $p) (local.get $len))))
        (local.set $src (i32.add (i32.add (local.get $a) (local.get $k0))
          (i32.mul (i32.add (local.get $k0) (local.get $p)) (local.get $m))))
        (call $zero (local.get $dst) (local.get $p))
        (call $st (i32.add (local.get $dst) (local.get $p)) (f64.const 1))
        (memory.copy
          (i32.shl (i32.add (i32.add (local.get $dst) (local.get $p)) (i32.const 1)) (i32.const 3))
          (i32.shl (i32.add (i32.add (local.get $src) (local.get $p)) (i32.const 1)) (i32.const 3))
          (i32.shl (i32.sub (i32.sub (local.get $len) (local.get $p)) (i32.const 1)) (i32.const 3)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next))))

  ;; formT of _qr.ts: the b x b upper triangular T at $t with H(0) ... H(b-1) = I - V T V^T.
  (func $formT (param $vbuf i32) (param $len i32) (param $b i32) (param $taus i32) (param $t i32)
    (local $j i32) (local $i i32) (local $q i32) (local $tau f64) (local $tj i32) (local $s f64)
    (call $zero (local.get $t) (i32.mul (local.get $b) (local.get $b)))
    (local.set $j (i32.const 0))
    (block $jdone
      (loop $jnext
        (br_if $jdone (i32.ge_s (local.get $j) (local.get $b)))
        (local.set $tau (call $ld (i32.add (local.get $taus) (local.get $j))))
        (local.set $tj (i32.add (local.get $t) (i32.mul (local.get $j) (local.get $b))))
        (call $st (i32.add (local.get $tj) (local.get $j)) (local.get $tau))
        (if (i32.and (i32.ne (local.get $j) (i32.const 0)) (f64.ne (local.get $tau) (f64.const 0)))
          (then
            ;; z = V[j.., 0..j]^T v_j[j..] into T[0..j, j].
            (call $dots (i32.add (local.get $vbuf) (local.get $j)) (local.get $len) (local.get $j)
              (i32.add (i32.add (local.get $vbuf) (local.get $j))
                (i32.mul (local.get $j) (local.get $len)))
              (local.get $len) (i32.const 1) (i32.sub (local.get $len) (local.get $j))
              (local.get $tj))
            ;; T[0..j, j] = -tau * T[0..j, 0..j] z, top row first.
            (local.set $i (i32.const 0))
            (block $idone
              (loop $inext
                (br_if $idone (i32.ge_s (local.get $i) (local.get $j)))
                (local.set $s (f64.const 0))
                (local.set $q (local.get $i))
                (block $qdone
                  (loop $qnext
                    (br_if $qdone (i32.ge_s (local.get $q) (local.get $j)))
                    (local.set $s (f64.add (local.get $s)
                      (f64.mul
                        (call $ld (i32.add (i32.add (local.get $t) (local.get $i))
                          (i32.mul (local.get $q) (local.get $b))))
                        (call $ld (i32.add (local.get $tj) (local.get $q))))))
                    (local.set $q (i32.add (local.get $q) (i32.const 1)))
                    (br $qnext)))
                (call $st (i32.add (local.get $tj) (local.get $i))
                  (f64.mul (f64.neg (local.get $tau)) (local.get $s)))
                (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (br $inext)))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $jnext))))

  ;; qrInPlace of _qr.ts, operation for operation: the m x n (m >= n >= 1) column-major matrix
  ;; at index $a becomes its sign-fixed reduced Q, with panels of $nb = min(NB, n) columns and
  ;; the workspace at index $ws.
  (func (export "qr") (param $a i32) (param $m i32) (param $n i32) (param $ws i32) (param $nb i32)
    (local $vbuf i32) (local $wbuf i32) (local $tall i32) (local $taus i32) (local $diag i32)
    (local $k0 i32) (local $b i32) (local $len i32) (local $j i32) (local $col i32) (local $x i32)
    (local $l i32) (local $tau f64) (local $beta f64) (local $cnt i32) (local $q i32) (local $c i32)
    (local $t i32) (local $nc i32) (local $cj i32)
    (local.set $vbuf (local.get $ws))
    (local.set $wbuf (i32.add (local.get $vbuf) (i32.mul (local.get $m) (local.get $nb))))
    (local.set $tall (i32.add (local.get $wbuf) (i32.mul (local.get $nb) (local.get $n))))
    (local.set $taus (i32.add (local.get $tall)
      (i32.mul
        (i32.div_u (i32.sub (i32.add (local.get $n) (local.get $nb)) (i32.const 1)) (local.get $nb))
        (i32.mul (local.get $nb) (local.get $nb)))))
    (local.set $diag (i32.add (local.get $taus) (local.get $n)))
    ;; Factorisation.
    (local.set $k0 (i32.const 0))
    (block $fdone
      (loop $fnext
        (br_if $fdone (i32.ge_s (local.get $k0) (local.get $n)))
        (local.set $b (select (local.get $nb) (i32.sub (local.get $n) (local.get $k0))
          (i32.lt_s (local.get $nb) (i32.sub (local.get $n) (local.get $k0)))))
        (local.set $len (i32.sub (local.get $m) (local.get $k0)))
        (local.set $j (i32.const 0))
        (block $pdone
          (loop $pnext
            (br_if $pdone (i32.ge_s (local.get $j) (local.get $b)))
            (local.set $col (i32.add (local.get $k0) (local.get $j)))
            (local.set $x (i32.add (i32.add (local.get $a) (local.get $col))
              (i32.mul (local.get $col) (local.get $m))))
            (local.set $l (i32.sub (local.get $m) (local.get $col)))
            (if (call $reflector (local.get $x) (local.get $l)
                  (i32.add (local.get $taus) (local.get $col)) (i32.add (local.get $diag) (local.get $col)))
              (then
                (local.set $tau (call $ld (i32.add (local.get $taus) (local.get $col))))
                (local.set $beta (call $ld (i32.add (local.get $diag) (local.get $col))))
                (local.set $cnt (i32.sub (i32.sub (local.get $b) (local.get $j)) (i32.const 1)))
                (if (i32.gt_s (local.get $cnt) (i32.const 0))
                  (then
                    (call $st (local.get $x) (f64.const 1))
                    (local.set $c (i32.add (local.get $x) (local.get $m)))
                    (call $dots (local.get $x) (local.get $m) (i32.const 1) (local.get $c) (local.get $m)
                      (local.get $cnt) (local.get $l) (local.get $wbuf))
                    (local.set $q (i32.const 0))
                    (block $sdone
                      (loop $snext
                        (br_if $sdone (i32.ge_s (local.get $q) (local.get $cnt)))
                        (call $st (i32.add (local.get $wbuf) (local.get $q))
                          (f64.mul (call $ld (i32.add (local.get $wbuf) (local.get $q))) (local.get $tau)))
                        (local.set $q (i32.add (local.get $q) (i32.const 1)))
                        (br $snext)))
                    (call $update (local.get $x) (local.get $m) (i32.const 1) (local.get $c) (local.get $m)
                      (local.get $cnt) (local.get $l) (local.get $wbuf))))
                (call $st (local.get $x) (local.get $beta))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $pnext)))
        (local.set $t (i32.add (local.get $tall)
          (i32.mul (i32.div_u (local.get $k0) (local.get $nb)) (i32.mul (local.get $nb) (local.get $nb)))))
        (call $gather (local.get $a) (local.get $m) (local.get $k0) (local.get $b) (local.get $vbuf))
        (call $formT (local.get $vbuf) (local.get $len) (local.get $b)
          (i32.add (local.get $taus) (local.get $k0)) (local.get $t))
        (local.set $nc (i32.sub (i32.sub (local.get $n) (local.get $k0)) (local.get $b)))
        (if (i32.gt_s (local.get $nc) (i32.const 0))
          (then
            (local.set $c (i32.add (i32.add (local.get $a) (local.get $k0))
              (i32.mul (i32.add (local.get $k0) (local.get $b)) (local.get $m))))
            (call $dots (local.get $vbuf) (local.get $len) (local.get $b) (local.get $c) (local.get $m)
              (local.get $nc) (local.get $len) (local.get $wbuf))
            (call $triangular (local.get $t) (local.get $b) (local.get $wbuf) (local.get $nc) (i32.const 1))
            (call $update (local.get $vbuf) (local.get $len) (local.get $b) (local.get $c) (local.get $m)
              (local.get $nc) (local.get $len) (local.get $wbuf))))
        (local.set $k0 (i32.add (local.get $k0) (local.get $nb)))
        (br $fnext)))
    ;; Q, from the last block.
    (local.set $k0 (i32.mul (i32.div_u (i32.sub (local.get $n) (i32.const 1)) (local.get $nb))
      (local.get $nb)))
    (block $qdone
      (loop $qnext
        (br_if $qdone (i32.lt_s (local.get $k0) (i32.const 0)))
        (local.set $b (select (local.get $nb) (i32.sub (local.get $n) (local.get $k0))
          (i32.lt_s (local.get $nb) (i32.sub (local.get $n) (local.get $k0)))))
        (local.set $len (i32.sub (local.get $m) (local.get $k0)))
        (call $gather (local.get $a) (local.get $m) (local.get $k0) (local.get $b) (local.get $vbuf))
        (local.set $j (local.get $k0))
        (block $idone
          (loop $inext
            (br_if $idone (i32.ge_s (local.get $j) (i32.add (local.get $k0) (local.get $b))))
            (local.set $cj (i32.add (local.get $a) (i32.mul (local.get $j) (local.get $m))))
            (call $zero (local.get $cj) (local.get $m))
            (call $st (i32.add (local.get $cj) (local.get $j)) (f64.const 1))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $inext)))
        (local.set $c (i32.add (i32.add (local.get $a) (local.get $k0))
          (i32.mul (local.get $k0) (local.get $m))))
        (local.set $nc (i32.sub (local.get $n) (local.get $k0)))
        (local.set $t (i32.add (local.get $tall)
          (i32.mul (i32.div_u (local.get $k0) (local.get $nb)) (i32.mul (local.get $nb) (local.get $nb)))))
        (call $dots (local.get $vbuf) (local.get $len) (local.get $b) (local.get $c) (local.get $m)
          (local.get $nc) (local.get $len) (local.get $wbuf))
        (call $triangular (local.get $t) (local.get $b) (local.get $wbuf) (local.get $nc) (i32.const 0))
        (call $update (local.get $vbuf) (local.get $len) (local.get $b) (local.get $c) (local.get $m)
          (local.get $nc) (local.get $len) (local.get $wbuf))
        (local.set $k0 (i32.sub (local.get $k0) (local.get $nb)))
        (br $qnext)))
    (call $signFix (local.get $a) (local.get $m) (local.get $n) (local.get $diag)))
)
