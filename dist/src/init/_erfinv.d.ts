/**
 * Mirror of ATen's `calc_erfinv` (`aten/src/ATen/native/Math.h`, torch 1.13):
 * a rational first guess (central region |y| <= 0.7, tail otherwise) refined
 * by two Newton steps that call libm's `erf` and `exp`. For float32 every
 * literal is a float and every operation is a float operation with glibc's
 * `logf`/`erff`/`expf`; GCC's AVX2/AVX-512 builds contract each
 * `p * z + q` of the polynomials into an FMA, the default build does not.
 * float64 does the same in double with `log`/`erf`/`exp`.
 *
 * @module
 */
/**
 * `calc_erfinv<float>(y)`; `fused` selects the AVX2/AVX-512 contraction.
 * `crErff` selects glibc 2.41+'s correctly rounded `erff` (CORE-MATH), which
 * equals `(float)erf((double)x)` for every float x (checked exhaustively
 * against glibc 2.41 and 2.43); otherwise glibc 2.36's `erff`.
 */
export declare function erfinv32(y: number, fused: boolean, crErff?: boolean): number;
/** `calc_erfinv<double>(y)`; `fused` selects the AVX2/AVX-512 contraction. */
export declare function erfinv64(y: number, fused: boolean): number;
