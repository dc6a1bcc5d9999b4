package org.xiandao.bench;

/**
 * An enterprise as a Drools fact for the policy benchmark. Values the DRL cannot compute from the
 * taxonomy (the SME standard's industry) and the age are set when the fact is built, before timing.
 */
public final class DroolsFirm {
    private final double staff;
    private final double technical;
    private final double revenue;
    private final double assets;
    private final double rdY3;
    private final double highTech;
    private final double ipOne;
    private final double ipTwo;
    private final double ageYears;
    /** 0 industry, 1 software and IT services, 2 other (the 2011 SME standard's rows). */
    private final int industry;
    private boolean hnte;
    private boolean techSme;
    private boolean sme;

    public DroolsFirm(double staff, double technical, double revenue, double assets, double rdY3, double highTech,
                      double ipOne, double ipTwo, double ageYears, int industry) {
        this.staff = staff;
        this.technical = technical;
        this.revenue = revenue;
        this.assets = assets;
        this.rdY3 = rdY3;
        this.highTech = highTech;
        this.ipOne = ipOne;
        this.ipTwo = ipTwo;
        this.ageYears = ageYears;
        this.industry = industry;
    }

    public double getStaff() { return staff; }
    public double getTechnical() { return technical; }
    public double getRevenue() { return revenue; }
    public double getAssets() { return assets; }
    public double getRdY3() { return rdY3; }
    public double getHighTech() { return highTech; }
    public double getIpOne() { return ipOne; }
    public double getIpTwo() { return ipTwo; }
    public double getAgeYears() { return ageYears; }
    public int getIndustry() { return industry; }
    public boolean isHnte() { return hnte; }
    public void setHnte(boolean v) { hnte = v; }
    public boolean isTechSme() { return techSme; }
    public void setTechSme(boolean v) { techSme = v; }
    public boolean isSme() { return sme; }
    public void setSme(boolean v) { sme = v; }
}
